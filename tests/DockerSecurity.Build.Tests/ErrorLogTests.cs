using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using DockerSecurity.Analysis;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace DockerSecurity.Build.Tests;

/// <summary>The task writes every finding to the SARIF log (DockerSecurityErrorLog) and logs only those not suppressed.</summary>
public class ErrorLogTests
{
    [Test]
    public void Suppressed_finding_is_in_the_log_only_and_the_reported_one_in_both()
    {
        using var folder = new TemporaryFolder();
        folder.Write("Dockerfile", "FROM python:latest AS a\n# dks-ignore DKS1001 -- pinned upstream\nFROM node:latest AS b\nFROM scratch\n");
        var engine = new FakeBuildEngine();
        var task = Task(folder, engine);
        task.ErrorLog = "obj/DockerSecurity.sarif";

        Assert.That(task.Execute(), Is.True);

        Assert.That(engine.Warnings.Where(w => w.Code == "DKS1001").Select(w => (w.LineNumber, w.ColumnNumber)), Is.EqualTo(new[] { (1, 6) }));
        var results = Results(Path.Combine(folder.Path, "obj", "DockerSecurity.sarif")).Where(r => r.GetProperty("ruleId").GetString() == "DKS1001").ToList();
        Assert.That(results, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(results[0].TryGetProperty("suppressions", out _), Is.False);
            var suppression = results[1].GetProperty("suppressions")[0];
            Assert.That(suppression.GetProperty("kind").GetString(), Is.EqualTo("inSource"));
            Assert.That(suppression.GetProperty("justification").GetString(), Is.EqualTo("pinned upstream"));
            Assert.That(results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(3));
        });
    }

    [Test]
    public void Suppressed_finding_from_the_engine_is_not_logged()
    {
        var suppressed = new Diagnostic(RuleCatalog.ImageTagMissingOrLatest, "/repo/app/Dockerfile", new SourceSpan(1, 6, 1, 19), "m")
        {
            Suppression = new Suppression(SuppressionKind.External, "Accepted in the baseline"),
        };
        var engine = new FakeBuildEngine();
        var task = new DockerSecurityCheck
        {
            BuildEngine = engine,
            ProjectDirectory = "/repo/app",
            Dockerfiles = new ITaskItem[] { new TaskItem("Dockerfile") },
            Analyzer = _ => new AnalysisResult(new[] { suppressed }),
        };

        Assert.That(task.Execute(), Is.True);
        Assert.That(engine.Warnings, Is.Empty);
    }

    [Test]
    public void Silent_finding_is_in_the_log_only()
    {
        using var folder = new TemporaryFolder();
        folder.Write("Dockerfile", "FROM python:latest\n");
        var config = folder.Write("silent.globalconfig", "is_global = true\ndotnet_diagnostic.DKS1001.severity = silent\n");
        var engine = new FakeBuildEngine();
        var task = Task(folder, engine);
        task.GlobalConfigFiles = new ITaskItem[] { new TaskItem(config) };
        task.ErrorLog = Path.Combine(folder.Path, "out.sarif");

        task.Execute();

        Assert.That(engine.Warnings.Select(w => w.Code), Does.Not.Contain("DKS1001"));
        Assert.That(
            Results(task.ErrorLog).Where(r => r.GetProperty("ruleId").GetString() == "DKS1001").Select(r => r.GetProperty("level").GetString()),
            Is.EqualTo(new[] { "none" }), "SARIF's level for silent");
    }

    [Test]
    public void Log_names_the_task_assemblys_informational_version_as_the_tool_version()
    {
        using var folder = new TemporaryFolder();
        folder.Write("Dockerfile", "FROM scratch\n");
        var task = Task(folder, new FakeBuildEngine());
        task.ErrorLog = "DockerSecurity.sarif";

        task.Execute();

        using var log = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder.Path, "DockerSecurity.sarif")));
        var driver = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        var expected = typeof(DockerSecurityCheck).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.That(driver.GetProperty("name").GetString(), Is.EqualTo("DockerSecurity.Build"));
        Assert.That(driver.GetProperty("version").GetString(), Is.EqualTo(expected).And.StartsWith("0.1.0"));
    }

    [Test]
    public void Property_finding_is_located_at_the_project_file_in_the_log()
    {
        using var folder = new TemporaryFolder();
        folder.Write("Dockerfile", "FROM scratch\n");
        var task = Task(folder, new FakeBuildEngine());
        task.ProjectFile = "App.csproj";
        task.AnalysisMode = "Strict";
        task.ErrorLog = "DockerSecurity.sarif";
        task.RepositoryRoot = folder.Path;

        task.Execute();

        var result = Results(Path.Combine(folder.Path, "DockerSecurity.sarif")).Single(r => r.GetProperty("ruleId").GetString() == "DKS0005");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.That(location.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("App.csproj"));
        Assert.That(location.TryGetProperty("region", out _), Is.False);
    }

    [Test]
    public void Empty_error_log_writes_no_file()
    {
        using var folder = new TemporaryFolder();
        folder.Write("Dockerfile", "FROM scratch\n");
        var task = Task(folder, new FakeBuildEngine());
        task.ErrorLog = " ";

        Assert.That(task.Execute(), Is.True);
        Assert.That(Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories).Select(Path.GetFileName), Is.EqualTo(new[] { "Dockerfile" }));
    }

    [Test]
    public void Log_that_cannot_be_written_is_a_DKS0005_warning_at_the_project_and_the_task_succeeds()
    {
        using var folder = new TemporaryFolder();
        folder.Write("Dockerfile", "FROM scratch\n");
        var blocker = folder.Write("obj", "a file where the log's folder should be");
        var engine = new FakeBuildEngine();
        var task = Task(folder, engine);
        task.ErrorLog = "obj/DockerSecurity.sarif";

        Assert.That(task.Execute(), Is.True);
        var warning = engine.Warnings.Single(w => w.Code == "DKS0005");
        Assert.Multiple(() =>
        {
            Assert.That(warning.File, Is.EqualTo(FakeBuildEngine.ProjectFile));
            Assert.That(warning.LineNumber, Is.EqualTo(0));
            Assert.That(warning.Message, Does.StartWith($"The SARIF log '{Path.Combine(blocker, "DockerSecurity.sarif")}' (DockerSecurityErrorLog) cannot be written: "));
            Assert.That(engine.Errors, Is.Empty);
        });
    }

    [Test]
    public void Log_path_that_is_no_path_is_a_DKS0005_warning()
    {
        using var folder = new TemporaryFolder();
        folder.Write("Dockerfile", "FROM scratch\n");
        var engine = new FakeBuildEngine();
        var task = Task(folder, engine);
        task.ErrorLog = "a\0b.sarif";

        Assert.That(task.Execute(), Is.True);
        Assert.That(engine.Warnings.Single(w => w.Code == "DKS0005").Message, Does.StartWith("The SARIF log 'a\0b.sarif' (DockerSecurityErrorLog) cannot be written: "));
    }

    [Test]
    public void Unwritable_log_warning_follows_NoWarn()
    {
        using var folder = new TemporaryFolder();
        folder.Write("Dockerfile", "FROM scratch\n");
        folder.Write("obj", "a file where the log's folder should be");
        var engine = new FakeBuildEngine();
        var task = Task(folder, engine);
        task.ErrorLog = "obj/DockerSecurity.sarif";
        task.NoWarn = "DKS0005";

        Assert.That(task.Execute(), Is.True);
        Assert.That(engine.Warnings.Select(w => w.Code), Does.Not.Contain("DKS0005"));
    }

    internal static DockerSecurityCheck Task(TemporaryFolder folder, FakeBuildEngine engine) => new()
    {
        BuildEngine = engine,
        ProjectDirectory = folder.Path,
        Dockerfiles = new ITaskItem[] { new TaskItem("Dockerfile") },
    };

    private static JsonElement[] Results(string sarifPath)
    {
        using var log = JsonDocument.Parse(File.ReadAllBytes(sarifPath));
        return log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.Clone()).ToArray();
    }
}
