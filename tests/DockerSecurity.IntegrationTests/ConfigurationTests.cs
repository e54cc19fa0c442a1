using System.Linq;

namespace DockerSecurity.IntegrationTests;

/// <summary>
/// Severity configuration that only the engine can apply (MSBuild applies none of it to task warnings, except
/// NoWarn and WarningsAsErrors in single-target builds: see WarningPropertyTests). The task passes these
/// settings to the engine, which applies them (SeverityConfiguration).
/// </summary>
public class ConfigurationTests
{
    [Test]
    public void Editorconfig_severity_error_fails_the_build()
    {
        var project = new ConsumerProject("EditorconfigError");
        project.Write(".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.DKS0004.severity = error\n");
        project.Write("Dockerfile", ConsumerProject.BinaryDockerfile);

        var build = project.Build();

        Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString);
        Assert.That(build.Findings, Is.EqualTo(new[] { project.BinaryDockerfileLine("Dockerfile", "error") }), build.ToString);
    }

    [Test]
    public void Editorconfig_severity_suggestion_is_a_message_with_code_and_location()
    {
        var project = new ConsumerProject("EditorconfigSuggestion");
        project.Write(".editorconfig", "root = true\n\n[Dockerfile]\ndotnet_diagnostic.DKS0004.severity = suggestion\n");
        project.Write("Dockerfile", ConsumerProject.BinaryDockerfile);

        var build = project.Build();

        Assert.That(build.ExitCode, Is.EqualTo(0), build.ToString);
        Assert.That(build.Findings, Is.EqualTo(new[] { project.BinaryDockerfileLine("Dockerfile", "message") }), build.ToString);
    }

    [Test]
    public void Globalconfig_above_the_project_applies()
    {
        var project = new ConsumerProject("GlobalconfigError");
        project.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.DKS0004.severity = error\n");
        project.Write("Dockerfile", ConsumerProject.BinaryDockerfile);

        var build = project.Build();

        Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString);
        Assert.That(build.Findings, Is.EqualTo(new[] { project.BinaryDockerfileLine("Dockerfile", "error") }), build.ToString);
    }

    [Test]
    public void TreatWarningsAsErrors_fails_the_build()
    {
        var project = new ConsumerProject("TreatWarningsAsErrors", """
              <PropertyGroup>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
            """);
        project.Write("Dockerfile", ConsumerProject.BinaryDockerfile);

        var build = project.Build();

        Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString);
        Assert.That(build.Findings, Is.EqualTo(new[] { project.BinaryDockerfileLine("Dockerfile", "error") }), build.ToString);
    }

    [Test]
    public void WarningsNotAsErrors_keeps_a_warning_under_TreatWarningsAsErrors()
    {
        var project = new ConsumerProject("WarningsNotAsErrors", """
              <PropertyGroup>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <WarningsNotAsErrors>$(WarningsNotAsErrors);DKS0004</WarningsNotAsErrors>
              </PropertyGroup>
            """);
        project.Write("Dockerfile", ConsumerProject.BinaryDockerfile);

        var build = project.Build();

        Assert.That(build.ExitCode, Is.EqualTo(0), build.ToString);
        Assert.That(build.Findings, Is.EqualTo(new[] { project.BinaryDockerfileLine("Dockerfile") }), build.ToString);
    }

    // MSBuild maps NoWarn and WarningsAsErrors onto task warnings in single-target builds only
    // (Microsoft.Common.CurrentVersion.targets); the outer build of a multi-targeted project relies on the engine.
    [TestCase("net10.0")]
    [TestCase("net10.0;netstandard2.0")]
    public void NoWarn_silences_the_finding(string targetFrameworks)
    {
        var project = new ConsumerProject("NoWarn" + targetFrameworks.Count(c => c == ';'), """
              <PropertyGroup>
                <NoWarn>$(NoWarn);DKS0004</NoWarn>
              </PropertyGroup>
            """, targetFrameworks);
        project.Write("Dockerfile", ConsumerProject.BinaryDockerfile);

        var build = project.Build();

        Assert.That(build.ExitCode, Is.EqualTo(0), build.ToString);
        Assert.That(build.Findings, Is.Empty, build.ToString);
    }

    [TestCase("net10.0")]
    [TestCase("net10.0;netstandard2.0")]
    public void WarningsAsErrors_fails_the_build(string targetFrameworks)
    {
        var project = new ConsumerProject("WarningsAsErrors" + targetFrameworks.Count(c => c == ';'), """
              <PropertyGroup>
                <WarningsAsErrors>$(WarningsAsErrors);DKS0004</WarningsAsErrors>
              </PropertyGroup>
            """, targetFrameworks);
        project.Write("Dockerfile", ConsumerProject.BinaryDockerfile);

        var build = project.Build();

        Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString);
        Assert.That(build.Findings, Is.EqualTo(new[] { project.BinaryDockerfileLine("Dockerfile", "error") }), build.ToString);
    }
}
