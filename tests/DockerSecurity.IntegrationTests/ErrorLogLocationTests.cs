using System.IO;

namespace DockerSecurity.IntegrationTests;

/// <summary>Where the SARIF log goes: obj/ by default (the outer build's obj/&lt;Configuration&gt;/ when multi-targeted), elsewhere, or nowhere.</summary>
[TestFixture]
public class ErrorLogLocationTests
{
    private ConsumerProject project = null!;

    [OneTimeSetUp]
    public void Restore()
    {
        project = new ConsumerProject("ErrorLogLocation", targetFrameworks: "net10.0;netstandard2.0");
        project.Write("Dockerfile", ConsumerProject.BinaryDockerfile);
        project.Restore();
    }

    [Test]
    public void Multi_targeted_project_writes_one_log_in_the_outer_builds_obj_folder()
    {
        var run = project.MSBuild("-t:DockerSecurityCheck", "-p:Configuration=Release");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(Directory.GetFiles(Path.Combine(project.ProjectDirectory, "obj"), "*.sarif", SearchOption.AllDirectories),
            Is.EqualTo(new[] { Path.Combine(project.ProjectDirectory, "obj", "Release", "DockerSecurity.sarif") }));
    }

    [Test]
    public void DockerSecurityErrorLog_relative_to_the_project_moves_the_log()
    {
        var run = project.MSBuild("-t:DockerSecurityCheck", "-p:DockerSecurityErrorLog=reports/docker.sarif");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(File.ReadAllText(Path.Combine(project.ProjectDirectory, "reports", "docker.sarif")), Does.Contain("\"ruleId\": \"DKS0004\""));
    }

    [Test]
    public void DockerSecurityGenerateErrorLog_false_writes_none()
    {
        var run = project.MSBuild("-t:DockerSecurityCheck", "-p:Configuration=NoLog", "-p:DockerSecurityGenerateErrorLog=false", "-p:DockerSecurityErrorLog=nolog/docker.sarif");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.Multiple(() =>
        {
            var intermediate = Path.Combine(project.ProjectDirectory, "obj", "NoLog");
            Assert.That(Directory.Exists(intermediate) ? Directory.GetFiles(intermediate, "*.sarif", SearchOption.AllDirectories) : new string[0], Is.Empty);
            Assert.That(Directory.Exists(Path.Combine(project.ProjectDirectory, "nolog")), Is.False);
        });
    }
}
