using System.IO;
using System.Linq;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Pipeline;

/// <summary>The front door end to end on files: rules, inline suppressions, severities and the baseline together.</summary>
public class DockerSecurityAnalyzerTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = TestFolder.Create("dks-analyzer-");
        File.WriteAllText(Path.Combine(_folder, ".editorconfig"), "root = true\n");
    }

    [Test]
    public void Dks_ignore_comment_suppresses_exactly_its_rule_on_the_next_instruction()
    {
        var dockerfile = Write("Dockerfile", """
            # dks-ignore DKS1001 -- pinned by the release pipeline
            FROM python:latest AS build
            FROM node:latest
            """);
        var result = Analyze(dockerfile);

        var suppressed = result.Diagnostics.Single(d => d.IsSuppressed);
        Assert.Multiple(() =>
        {
            Assert.That((suppressed.Id, suppressed.Span.StartLine), Is.EqualTo(("DKS1001", 2)));
            Assert.That(suppressed.Suppression!.Kind, Is.EqualTo(SuppressionKind.InSource));
            Assert.That(suppressed.Suppression.Justification, Is.EqualTo("pinned by the release pipeline"));
            Assert.That(result.Reported.Where(d => d.Id == "DKS1001").Select(d => d.Span.StartLine), Is.EqualTo(new[] { 3 }));
        });
    }

    [Test]
    public void Hadolint_comment_silences_the_mapped_rule()
    {
        var dockerfile = Write("Dockerfile", """
            FROM python:3.11.7-slim
            # hadolint ignore=DL3002
            USER root
            """);
        Assert.That(Analyze(dockerfile).Reported.Select(d => d.Id), Does.Not.Contain("DKS2001"));
    }

    [Test]
    public void Ignore_comment_that_suppresses_nothing_is_reported_as_unnecessary()
    {
        var dockerfile = Write("Dockerfile", """
            # dks-ignore DKS2001 -- not needed
            FROM mcr.microsoft.com/dotnet/aspnet:8.0.11-noble-chiseled
            """);
        var unnecessary = Analyze(dockerfile).Reported.Single(d => d.Id == "DKS0006");
        Assert.That(unnecessary.Span.StartLine, Is.EqualTo(1));
    }

    [Test]
    public void Compose_comment_suppresses_the_node_below_it()
    {
        var compose = Write("docker-compose.yml", """
            services:
              cache:
                # dks-ignore DKS1001 -- local development only
                image: redis
              db:
                image: postgres:latest
            """);
        var result = Analyze(composeFile: compose);
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Single(d => d.Id == "DKS1001" && d.IsSuppressed).Span.StartLine, Is.EqualTo(4));
            Assert.That(result.Reported.Where(d => d.Id == "DKS1001").Select(d => d.Span.StartLine), Is.EqualTo(new[] { 6 }));
        });
    }

    [Test]
    public void Editorconfig_severity_applies_per_file()
    {
        File.WriteAllText(Path.Combine(_folder, ".editorconfig"), "root = true\n[Dockerfile]\ndotnet_diagnostic.DKS1001.severity = error\n");
        var dockerfile = Write("Dockerfile", "FROM python:latest\n");
        Assert.That(Analyze(dockerfile).Reported.Single(d => d.Id == "DKS1001").Severity, Is.EqualTo(DiagnosticSeverity.Error));
    }

    [Test]
    public void Baseline_hides_old_findings_but_not_a_new_one_and_survives_a_line_shift()
    {
        var dockerfile = Write("Dockerfile", "FROM python:latest\n");
        var baseline = Path.Combine(_folder, ".dockersecurity-baseline.json");
        var written = DockerSecurityAnalyzer.Analyze(Request(dockerfile) with { BaselineFile = baseline, UpdateBaseline = true });
        Assert.That(written.BaselineEntriesWritten, Is.EqualTo(4), "DKS1001, DKS1004, DKS2001 and DKS5001 on the FROM line");

        Write("Dockerfile", "# a comment shifts every line\nFROM python:latest\nFROM node:latest\n");
        var result = DockerSecurityAnalyzer.Analyze(Request(dockerfile) with { BaselineFile = baseline });
        Assert.That(result.Reported.Where(d => d.Id == "DKS1001").Select(d => d.Span.StartLine), Is.EqualTo(new[] { 3 }));
    }

    [Test]
    public void Binary_file_is_skipped_and_the_other_files_are_still_checked()
    {
        var binary = Path.Combine(_folder, "Dockerfile.bin");
        File.WriteAllBytes(binary, new byte[] { 0x46, 0x00, 0x01 });
        var dockerfile = Write("Dockerfile", "FROM python:latest\n");
        var result = DockerSecurityAnalyzer.Analyze(Request(binary, dockerfile));
        Assert.That(result.Reported.Select(d => (Path.GetFileName(d.FilePath), d.Id)), Does.Contain(("Dockerfile.bin", "DKS0004")).And.Contain(("Dockerfile", "DKS1001")));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private AnalysisResult Analyze(string? dockerfile = null, string? composeFile = null) =>
        DockerSecurityAnalyzer.Analyze(new AnalysisRequest
        {
            ProjectDirectory = _folder,
            RepositoryRoot = _folder,
            Dockerfiles = dockerfile is null ? new string[0] : new[] { dockerfile },
            ComposeFiles = composeFile is null ? new string[0] : new[] { composeFile },
        });

    private AnalysisRequest Request(params string[] dockerfiles) => new()
    {
        ProjectDirectory = _folder,
        RepositoryRoot = _folder,
        Dockerfiles = dockerfiles,
    };
}

/// <summary>Solution-level compose files reach exactly one of the projects they build.</summary>
public class SolutionComposeFilesTests
{
    [Test]
    public void Owner_project_checks_the_solution_compose_files_and_the_other_does_not()
    {
        var root = TestFolder.Create("dks-solution-");
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        File.WriteAllText(Path.Combine(root, "Shop.sln"), "");
        File.WriteAllText(Path.Combine(root, "docker-compose.yml"), "services:\n  api:\n    build:\n      context: .\n      dockerfile: Api/Dockerfile\n  web:\n    build: Web\n");
        File.WriteAllText(Path.Combine(root, "docker-compose.override.yml"), "services:\n  api:\n    ports: [\"8080:8080\"]\n");
        foreach (var project in new[] { "Api", "Web" })
        {
            Directory.CreateDirectory(Path.Combine(root, project));
            File.WriteAllText(Path.Combine(root, project, project + ".csproj"), "<Project />");
            File.WriteAllText(Path.Combine(root, project, "Dockerfile"), "FROM mcr.microsoft.com/dotnet/aspnet:8.0.11-noble-chiseled\n");
        }

        string[] FilesOf(string project) => DockerSecurityAnalyzer.ComposeFilesOf(new AnalysisRequest
        {
            ProjectDirectory = Path.Combine(root, project),
            ProjectFile = Path.Combine(root, project, project + ".csproj"),
            RepositoryRoot = root,
            IncludeSolutionComposeFiles = true,
        }).Select(Path.GetFileName).ToArray()!;

        Assert.Multiple(() =>
        {
            Assert.That(FilesOf("Api"), Is.EqualTo(new[] { "docker-compose.override.yml", "docker-compose.yml" }));
            Assert.That(FilesOf("Web"), Is.Empty);
        });
    }
}
