using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Reporting;

public class ApprovedFileTests
{
    [Test]
    public void Diff_shows_removed_then_added_lines_with_context_and_line_numbers()
    {
        var diff = ApprovedFile.Diff("a\nb\nc\nd\ne\nf\ng\nh", "a\nb\nc\nD\ne\nf\ng\nh");
        Assert.That(diff.Replace("\r\n", "\n"), Is.EqualTo(
            "--- approved\n+++ received\n" +
            "     2: b\n" +
            "     3: c\n" +
            "-    4: d\n" +
            "+    4: D\n" +
            "     5: e\n" +
            "     6: f\n"));
    }
}
