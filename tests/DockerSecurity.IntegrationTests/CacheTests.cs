using System.Linq;

namespace DockerSecurity.IntegrationTests;

/// <summary>A no-op rebuild replays the last findings; any edit to what they depend on checks again.</summary>
public class CacheTests
{
    [Test]
    public void Rebuild_after_an_edit_and_a_new_editorconfig_reports_the_new_findings_not_the_cached_ones()
    {
        var project = new ConsumerProject("CacheInvalidation");
        project.Write("Dockerfile", "FROM python:latest\n");

        var first = project.Build();
        var replayed = project.Build("--no-restore", "-v:n");

        project.Write("Dockerfile", "FROM node:latest\n");
        var edited = project.Build("--no-restore");

        project.Write("sub/.editorconfig", "");
        project.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DKS1001.severity = error\n");
        var configured = project.Build("--no-restore");

        Assert.Multiple(() =>
        {
            Assert.That(first.Findings, Is.EqualTo(Findings(project, "python:latest", "warning")), first.ToString);
            Assert.That(replayed.Findings, Is.EqualTo(first.Findings), replayed.ToString);
            Assert.That(replayed.Process.Lines, Has.Some.Contains("nothing the last check read has changed"), replayed.ToString);
            Assert.That(edited.Findings, Is.EqualTo(Findings(project, "node:latest", "warning", toolchainImage: true)), edited.ToString);
            Assert.That(configured.ExitCode, Is.EqualTo(1), configured.ToString);
            Assert.That(configured.Findings, Is.EqualTo(Findings(project, "node:latest", "error", toolchainImage: true)), configured.ToString);
        });
    }

    /// <summary>Every finding of a Dockerfile that is nothing but <c>FROM image</c>, with DKS1001 at the given kind (and DKS1006 for a build toolchain image).</summary>
    private static string[] Findings(ConsumerProject project, string image, string latestKind, bool toolchainImage = false)
    {
        var span = (1, 6, 1, 6 + image.Length);
        var toolchain = toolchainImage
            ? new[]
            {
                project.ExpectedLine("Dockerfile", "warning", "DKS1006", span,
                    $"'{image}' is a build toolchain image, so the final image ships its compilers and SDK; build in an earlier stage and copy only the result into a runtime image"),
            }
            : new string[0];
        return new[]
        {
            project.ExpectedLine("Dockerfile", latestKind, "DKS1001", span,
                $"'{image}' uses the 'latest' tag, which changes without notice: pin a full version tag"),
            project.ExpectedLine("Dockerfile", "message", "DKS1004", span,
                $"'{image}' is a full image with a shell, package manager and tools the application does not need at run time; use a minimal variant (slim, alpine, distroless or chiseled)"),
        }.Concat(toolchain).Concat(new[]
        {
            project.ExpectedLine("Dockerfile", "warning", "DKS2001", span,
                $"The final stage runs as root: '{image}' defaults to root and no USER follows; add USER with a non-root user after the steps that need root"),
            project.ExpectedLine("Dockerfile", "warning", "DKS5001", span,
                "The final stage has no HEALTHCHECK, so a hung container still looks healthy: add HEALTHCHECK CMD with a probe of the service (or define the health check in compose)"),
        }).ToArray();
    }
}
