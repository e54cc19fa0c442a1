using System.IO;
using System.Linq;
using Microsoft.Build.Framework;

namespace DockerSecurity.Build.Tests;

/// <summary>DockerSecurityBaselineFile and DockerSecurityUpdateBaseline reach the engine; the task says what it wrote.</summary>
public class BaselineTests
{
    [Test]
    public void Update_writes_the_baseline_reports_nothing_and_says_so_once()
    {
        using var folder = new TemporaryFolder();
        folder.Write("Dockerfile", "FROM python:latest\n");
        var engine = new FakeBuildEngine();
        var task = ErrorLogTests.Task(folder, engine);
        task.RepositoryRoot = folder.Path;
        task.BaselineFile = ".dockersecurity-baseline.json";
        task.UpdateBaseline = "true";

        Assert.That(task.Execute(), Is.True);

        var path = Path.Combine(folder.Path, ".dockersecurity-baseline.json");
        var written = File.ReadAllText(path);
        var count = written.Split("\"ruleId\"").Length - 1;
        Assert.Multiple(() =>
        {
            Assert.That(written, Does.Contain("\"ruleId\": \"DKS1001\"").And.Contain("\"file\": \"Dockerfile\""));
            Assert.That(engine.Warnings, Is.Empty);
            Assert.That(engine.Errors, Is.Empty);
            Assert.That(
                engine.Messages.Where(m => m.Importance == MessageImportance.High).Select(m => m.Message),
                Is.EqualTo(new[] { $"DockerSecurity.Build: wrote {count} finding(s) to {path}" }));
        });
    }

    [Test]
    public void Existing_baseline_hides_what_it_accepts_and_only_that()
    {
        using var folder = new TemporaryFolder();
        folder.Write("Dockerfile", "FROM python:latest\n");
        var update = ErrorLogTests.Task(folder, new FakeBuildEngine());
        update.RepositoryRoot = folder.Path;
        update.BaselineFile = "baseline.json";
        update.UpdateBaseline = "True";
        update.Execute();
        folder.Write("Dockerfile", "# syntax=docker/dockerfile:1\nFROM node:latest AS tools\nFROM python:latest\n");
        var engine = new FakeBuildEngine();
        var check = ErrorLogTests.Task(folder, engine);
        check.RepositoryRoot = folder.Path;
        check.BaselineFile = "baseline.json";

        Assert.That(check.Execute(), Is.True);

        Assert.That(
            engine.Warnings.Where(w => w.Code == "DKS1001").Select(w => (w.LineNumber, w.ColumnNumber, w.EndLineNumber, w.EndColumnNumber)),
            Is.EqualTo(new[] { (2, 6, 2, 17) }));
        Assert.That(engine.Messages.Where(m => m.Importance == MessageImportance.High && m.Code is null), Is.Empty, "no 'wrote' message without the update");
    }

    [Test]
    public void Baseline_that_cannot_be_written_gives_the_engines_DKS0005_and_no_wrote_message()
    {
        using var folder = new TemporaryFolder();
        folder.Write("Dockerfile", "FROM python:latest\n");
        var engine = new FakeBuildEngine();
        var task = ErrorLogTests.Task(folder, engine);
        task.BaselineFile = "missing-folder/baseline.json";
        task.UpdateBaseline = "true";

        Assert.That(task.Execute(), Is.True);

        var path = Path.Combine(folder.Path, "missing-folder", "baseline.json");
        Assert.Multiple(() =>
        {
            Assert.That(engine.Warnings.Where(w => w.Code == "DKS0005").Select(w => w.File), Is.EqualTo(new[] { path }));
            Assert.That(engine.Messages.Where(m => m.Importance == MessageImportance.High && m.Code is null), Is.Empty);
        });
    }

    [Test]
    public void Baseline_path_that_is_no_path_is_a_DKS0005_warning_at_the_project_and_no_baseline()
    {
        using var folder = new TemporaryFolder();
        folder.Write("Dockerfile", "FROM python:latest\n");
        var engine = new FakeBuildEngine();
        var task = ErrorLogTests.Task(folder, engine);
        task.BaselineFile = "bad\0name.json";
        task.UpdateBaseline = "true";

        Assert.That(task.Execute(), Is.True);

        Assert.Multiple(() =>
        {
            var warning = engine.Warnings.Single(w => w.Code == "DKS0005");
            Assert.That(warning.File, Is.EqualTo(FakeBuildEngine.ProjectFile));
            Assert.That(warning.Message, Does.StartWith("DockerSecurityBaselineFile 'bad\0name.json' is not a valid path (").And.EndWith("): no baseline is used."));
            Assert.That(engine.Warnings.Select(w => w.Code), Does.Contain("DKS1001"), "without a baseline the findings are reported");
            Assert.That(engine.Errors, Is.Empty);
        });
    }
}
