using System.Linq;

namespace DockerSecurity.IntegrationTests;

/// <summary>What the targets hand the task besides the files: repository root and global config files.</summary>
public class ConfigurationInputTests
{
    [Test]
    public void Repository_root_and_every_globalconfig_above_the_project_and_its_files_reach_the_check()
    {
        var project = new ConsumerProject("Inputs", """
              <ItemGroup>
                <DockerSecurityGlobalConfig Include="../../presets/strict.globalconfig" />
              </ItemGroup>
            """, projectFolder: "src/Inputs");
        project.Write(".git/HEAD", "ref: refs/heads/main\n");
        project.Write(".globalconfig", "is_global = true\n");
        project.Write("src/.globalconfig", "is_global = true\n");
        project.Write("src/Inputs/docker/.globalconfig", "is_global = true\n");
        project.Write("presets/strict.globalconfig", "is_global = true\n");
        project.Write("src/Inputs/docker/Dockerfile", ConsumerProject.BinaryDockerfile);
        project.Write("src/Inputs/compose.yaml", "\0");

        // The check alone, without compiling: the target is public for exactly this.
        var run = project.MSBuild("-restore", "-t:DockerSecurityCheck", "-v:n");

        var root = project.Directory;
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(
            run.Lines.Select(line => line.Trim()).Where(line => line.StartsWith("DockerSecurity.Build: checking")),
            Is.EqualTo(new[]
            {
                $"DockerSecurity.Build: checking 1 Dockerfile(s) and 1 compose file(s); repository root '{root}'; global config files: " +
                $"'{root}/.globalconfig', '{root}/presets/strict.globalconfig', '{root}/src/.globalconfig', '{root}/src/Inputs/docker/.globalconfig'.",
            }),
            run.ToString);
    }
}
