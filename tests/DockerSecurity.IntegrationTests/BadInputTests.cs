namespace DockerSecurity.IntegrationTests;

/// <summary>A Docker file that cannot be read or parsed gets its own finding and never hides the others.</summary>
public class BadInputTests
{
    [Test]
    public void Broken_and_binary_Dockerfiles_are_reported_and_the_other_findings_still_appear()
    {
        var project = new ConsumerProject("BadInput");
        project.Write("Dockerfile", "FROM python:latest\n");
        project.Write("broken/Dockerfile", "FROM alpine:3.20.3\nENV PATH\n");
        project.Write("binary/Dockerfile", ConsumerProject.BinaryDockerfile);

        var build = project.Build();

        Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString);
        Assert.That(build.Findings, Is.EquivalentTo(new[]
        {
            project.ExpectedLine("broken/Dockerfile", "error", "DKS0001", (2, 5, 2, 9),
                "Dockerfile cannot be parsed: ENV must have two arguments."),
            project.BinaryDockerfileLine("binary/Dockerfile"),
            project.ExpectedLine("Dockerfile", "warning", "DKS1001", (1, 6, 1, 19),
                "'python:latest' uses the 'latest' tag, which changes without notice: pin a full version tag"),
            project.ExpectedLine("Dockerfile", "message", "DKS1004", (1, 6, 1, 19),
                "'python:latest' is a full image with a shell, package manager and tools the application does not need at run time; use a minimal variant (slim, alpine, distroless or chiseled)"),
            project.ExpectedLine("Dockerfile", "warning", "DKS2001", (1, 6, 1, 19),
                "The final stage runs as root: 'python:latest' defaults to root and no USER follows; add USER with a non-root user after the steps that need root"),
            project.ExpectedLine("Dockerfile", "warning", "DKS5001", (1, 6, 1, 19),
                "The final stage has no HEALTHCHECK, so a hung container still looks healthy: add HEALTHCHECK CMD with a probe of the service (or define the health check in compose)"),
        }), build.ToString);
    }
}
