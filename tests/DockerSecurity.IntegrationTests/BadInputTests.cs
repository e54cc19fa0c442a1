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
        Assert.That(build.Findings, Is.SupersetOf(new[]
        {
            project.ExpectedLine("broken/Dockerfile", "error", "DKS0001", (2, 5, 2, 9),
                "Dockerfile cannot be parsed: ENV must have two arguments."),
            project.BinaryDockerfileLine("binary/Dockerfile"),
            project.ExpectedLine("Dockerfile", "warning", "DKS1001", (1, 6, 1, 19),
                "'python:latest' uses the 'latest' tag, which changes without notice: pin a full version tag"),
        }), build.ToString);
    }
}
