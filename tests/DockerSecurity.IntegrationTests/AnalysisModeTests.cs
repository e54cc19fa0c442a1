using System.Linq;

namespace DockerSecurity.IntegrationTests;

/// <summary>
/// DockerSecurityAnalysisMode picks a preset shipped in the package. One consumer, the check alone
/// (`dotnet msbuild -t:DockerSecurityCheck`) once per mode; a parse error (DKS0001) shows that errors stay on.
/// </summary>
[TestFixture]
public class AnalysisModeTests
{
    private const string Latest = "'python:latest' uses the 'latest' tag, which changes without notice: pin a full version tag";
    private const string NotPinned = "'alpine:3.20.3' is not pinned by digest: add @sha256:<digest> so the image cannot change under its tag";

    private ConsumerProject project = null!;

    [OneTimeSetUp]
    public void Restore()
    {
        project = new ConsumerProject("AnalysisModes");
        project.Write("Dockerfile", "FROM alpine:3.20.3 AS base\nFROM python:latest\nUSER app\n");
        project.Write("broken.Dockerfile", "# nothing but a comment\n");
        project.Restore();
    }

    [Test]
    public void Recommended_by_default_reports_the_catalog_defaults()
    {
        var run = Check();

        Assert.That(Lines(run, "DKS1001", "DKS1003", "DKS0001"), Is.EqualTo(new[]
        {
            project.ExpectedLine("Dockerfile", "message", "DKS1003", (1, 6, 1, 19), NotPinned),
            project.ExpectedLine("Dockerfile", "warning", "DKS1001", (2, 6, 2, 19), Latest),
            ParseError(),
        }), run.ToString);
    }

    [Test]
    public void Minimum_silences_warning_rules_and_keeps_errors()
    {
        var run = Check("-p:DockerSecurityAnalysisMode=Minimum");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString);
        Assert.That(run.Findings, Is.EqualTo(new[] { ParseError() }), run.ToString);
    }

    [Test]
    public void All_turns_suggestions_into_warnings()
    {
        var run = Check("-p:DockerSecurityAnalysisMode=all");

        Assert.That(Lines(run, "DKS1001", "DKS1003", "DKS0001"), Is.EqualTo(new[]
        {
            project.ExpectedLine("Dockerfile", "warning", "DKS1003", (1, 6, 1, 19), NotPinned),
            project.ExpectedLine("Dockerfile", "warning", "DKS1001", (2, 6, 2, 19), Latest),
            ParseError(),
        }), run.ToString);
    }

    [Test]
    public void Unknown_mode_is_a_DKS0005_warning_at_the_project_and_the_default_applies()
    {
        var run = Check("-p:DockerSecurityAnalysisMode=Bogus");

        Assert.That(Lines(run, "DKS0005", "DKS1001"), Is.EqualTo(new[]
        {
            project.ExpectedLine("Dockerfile", "warning", "DKS1001", (2, 6, 2, 19), Latest),
            $"{project.ProjectPath} : warning DKS0005: DockerSecurityAnalysisMode 'Bogus' is not known: use Minimum, Recommended or All. The default, Recommended, applies.",
        }), run.ToString);
    }

    private BuildOutput Check(params string[] arguments) =>
        new(project.MSBuild(new[] { "-t:DockerSecurityCheck" }.Concat(arguments).ToArray()));

    private string ParseError() =>
        project.ExpectedLine("broken.Dockerfile", "error", "DKS0001", (1, 1, 1, 24), "Dockerfile cannot be parsed: file with no instructions.");


    private static string[] Lines(BuildOutput run, params string[] codes) =>
        run.Findings.Where(line => codes.Any(code => line.Contains($" {code}: ", System.StringComparison.Ordinal))).ToArray();
}
