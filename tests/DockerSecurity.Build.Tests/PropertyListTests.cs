namespace DockerSecurity.Build.Tests;

public class PropertyListTests
{
    [TestCase(null)]
    [TestCase("")]
    [TestCase(" ;, \n\t")]
    public void Empty_values_give_no_entries(string? value)
    {
        Assert.That(PropertyList.Split(value), Is.Empty);
    }

    [TestCase("A;B", new[] { "A", "B" })]
    [TestCase("A,B", new[] { "A", "B" })]
    [TestCase(" A ; ;B,\r\nC\tD ", new[] { "A", "B", "C", "D" })]
    [TestCase("$(NoWarn);A", new[] { "$(NoWarn)", "A" })]
    public void Entries_are_separated_by_semicolons_commas_and_white_space(string value, string[] expected)
    {
        Assert.That(PropertyList.Split(value), Is.EqualTo(expected));
    }

    [Test]
    public void Repeated_entries_are_kept_once_in_first_occurrence_order()
    {
        Assert.That(PropertyList.Split("B;A;B;dks1001;DKS1001"), Is.EqualTo(new[] { "B", "A", "dks1001", "DKS1001" }));
    }
}
