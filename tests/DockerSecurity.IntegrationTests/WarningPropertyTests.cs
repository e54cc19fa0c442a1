namespace DockerSecurity.IntegrationTests;

/// <summary>
/// NoWarn and WarningsAsErrors work on findings today in single-target projects: MSBuild itself maps them
/// onto every task warning there (MSBuildWarningsAsMessages/MSBuildWarningsAsErrors in Microsoft.Common.CurrentVersion.targets).
/// </summary>
public class WarningPropertyTests
{
    [Test]
    public void NoWarn_silences_the_finding()
    {
        var project = new ConsumerProject("NoWarn", """
              <PropertyGroup>
                <NoWarn>$(NoWarn);DKS0004</NoWarn>
              </PropertyGroup>
            """);
        project.Write("Dockerfile", ConsumerProject.BinaryDockerfile);

        var build = project.Build();

        Assert.That(build.ExitCode, Is.EqualTo(0), build.ToString);
        Assert.That(build.Findings, Is.Empty, build.ToString);
    }

    [Test]
    public void WarningsAsErrors_fails_the_build()
    {
        var project = new ConsumerProject("WarningsAsErrors", """
              <PropertyGroup>
                <WarningsAsErrors>$(WarningsAsErrors);DKS0004</WarningsAsErrors>
              </PropertyGroup>
            """);
        project.Write("Dockerfile", ConsumerProject.BinaryDockerfile);

        var build = project.Build();

        Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString);
        Assert.That(build.Findings, Is.EqualTo(new[] { project.BinaryDockerfileLine("Dockerfile", "error") }), build.ToString);
    }
}
