namespace DockerSecurity.IntegrationTests;

/// <summary>A no-op rebuild replays the last findings; any edit to what they depend on checks again.</summary>
public class CacheTests
{
    [Test]
    public void Rebuild_after_an_edit_and_a_new_editorconfig_reports_the_new_findings_not_the_cached_ones()
    {
        var project = new ConsumerProject("CacheInvalidation");
        project.Write("Dockerfile", "FROM python:latest\n");
        var latest = project.ExpectedLine("Dockerfile", "warning", "DKS1001", (1, 6, 1, 19),
            "'python:latest' uses the 'latest' tag, which changes without notice: pin a full version tag");

        var first = project.Build();
        var replayed = project.Build("--no-restore", "-v:n");

        project.Write("Dockerfile", "FROM node:latest\n");
        var edited = project.Build("--no-restore");

        project.Write("sub/.editorconfig", "");
        project.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DKS1001.severity = error\n");
        var configured = project.Build("--no-restore");

        Assert.Multiple(() =>
        {
            Assert.That(first.Findings, Does.Contain(latest), first.ToString);
            Assert.That(replayed.Findings, Does.Contain(latest), replayed.ToString);
            Assert.That(replayed.Process.Lines, Has.Some.Contains("nothing the last check read has changed"), replayed.ToString);
            Assert.That(edited.Findings, Does.Not.Contain(latest), edited.ToString);
            Assert.That(edited.Findings, Does.Contain(project.ExpectedLine("Dockerfile", "warning", "DKS1001", (1, 6, 1, 17),
                "'node:latest' uses the 'latest' tag, which changes without notice: pin a full version tag")), edited.ToString);
            Assert.That(configured.ExitCode, Is.EqualTo(1), configured.ToString);
            Assert.That(configured.Findings, Does.Contain(project.ExpectedLine("Dockerfile", "error", "DKS1001", (1, 6, 1, 17),
                "'node:latest' uses the 'latest' tag, which changes without notice: pin a full version tag")), configured.ToString);
        });
    }
}
