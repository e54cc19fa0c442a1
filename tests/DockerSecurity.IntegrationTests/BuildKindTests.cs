namespace DockerSecurity.IntegrationTests;

/// <summary>The check runs once per project in real builds, and never where it would only cost time.</summary>
public class BuildKindTests
{
    [Test]
    public void Multi_targeted_project_is_checked_once_by_its_outer_build_with_the_default_excludes()
    {
        var project = new ConsumerProject("MultiTargeted", targetFrameworks: "net10.0;netstandard2.0");
        project.Write("Dockerfile", ConsumerProject.BinaryDockerfile);
        // The outer build has no SDK default excludes of its own: these must stay out all the same.
        project.Write("bin/Dockerfile", ConsumerProject.BinaryDockerfile);
        project.Write("obj/Dockerfile", ConsumerProject.BinaryDockerfile);
        project.Write(".devcontainer/Dockerfile", ConsumerProject.BinaryDockerfile);
        project.Write("node_modules/some-package/Dockerfile", ConsumerProject.BinaryDockerfile);

        var build = project.Build();

        Assert.That(build.ExitCode, Is.EqualTo(0), build.ToString);
        Assert.That(build.Findings, Is.EqualTo(new[] { project.BinaryDockerfileLine("Dockerfile") }), build.ToString);
    }

    [Test]
    public void Design_time_build_reports_nothing_even_when_it_runs_Build()
    {
        var project = new ConsumerProject("DesignTime");
        project.Write("Dockerfile", ConsumerProject.BinaryDockerfile);
        project.Restore();

        // The global properties Visual Studio sets for a design-time build, with its usual targets and Build.
        var build = new BuildOutput(project.MSBuild(
            "-t:CollectPackageReferences;ResolveAssemblyReferencesDesignTime;ResolveProjectReferencesDesignTime;Build",
            "-p:DesignTimeBuild=true",
            "-p:BuildingInsideVisualStudio=true",
            "-p:ProvideCommandLineArgs=true"));

        Assert.That(build.ExitCode, Is.EqualTo(0), build.ToString);
        Assert.That(build.Findings, Is.Empty, build.ToString);
    }

    [Test]
    public void Disabled_project_reports_nothing()
    {
        var project = new ConsumerProject("Disabled", """
              <PropertyGroup>
                <DockerSecurityEnabled>false</DockerSecurityEnabled>
              </PropertyGroup>
            """);
        project.Write("Dockerfile", ConsumerProject.BinaryDockerfile);

        var build = project.Build();

        Assert.That(build.ExitCode, Is.EqualTo(0), build.ToString);
        Assert.That(build.Findings, Is.Empty, build.ToString);
    }
}
