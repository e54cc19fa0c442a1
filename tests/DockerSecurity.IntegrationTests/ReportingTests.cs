namespace DockerSecurity.IntegrationTests;

/// <summary>What a developer sees in `dotnet build` output, exactly.</summary>
public class ReportingTests
{
    [Test]
    public void Finding_is_a_warning_with_file_line_column_code_and_the_build_succeeds()
    {
        var project = new ConsumerProject("DefaultSeverity");
        project.Write("Dockerfile", ConsumerProject.BinaryDockerfile);

        var build = project.Build();

        Assert.That(build.ExitCode, Is.EqualTo(0), build.ToString);
        Assert.That(build.Findings, Is.EqualTo(new[] { project.BinaryDockerfileLine("Dockerfile") }), build.ToString);
    }

    [Test]
    public void Findings_are_reported_again_by_a_build_with_nothing_to_do()
    {
        var project = new ConsumerProject("Repeated");
        project.Write("Dockerfile", ConsumerProject.BinaryDockerfile);

        var first = project.Build();
        var second = project.Build("--no-restore");

        var expected = new[] { project.BinaryDockerfileLine("Dockerfile") };
        Assert.That(first.Findings, Is.EqualTo(expected), first.ToString);
        Assert.That(second.ExitCode, Is.EqualTo(0), second.ToString);
        Assert.That(second.Findings, Is.EqualTo(expected), second.ToString);
    }

    [Test]
    public void Warnaserror_switch_turns_a_finding_into_an_error_that_fails_the_build()
    {
        var project = new ConsumerProject("WarnAsError");
        project.Write("Dockerfile", ConsumerProject.BinaryDockerfile);

        var build = project.Build("-warnaserror");

        Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString);
        Assert.That(build.Findings, Is.EqualTo(new[] { project.BinaryDockerfileLine("Dockerfile", "error") }), build.ToString);
    }
}
