using System;
using System.Linq;
using DockerSecurity.Analysis;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace DockerSecurity.Build.Tests;

/// <summary>An engine failure is one build error that names the files; it never escapes into MSBuild.</summary>
public class InternalErrorTests
{
    [Test]
    public void Engine_exception_becomes_one_error_naming_the_files()
    {
        var engine = new FakeBuildEngine();
        var task = new DockerSecurityCheck
        {
            BuildEngine = engine,
            ProjectDirectory = "/repo/app",
            Dockerfiles = new ITaskItem[] { new TaskItem("Dockerfile") },
            ComposeFiles = new ITaskItem[] { new TaskItem("compose.yaml") },
            Analyzer = _ => throw new InvalidOperationException("Sequence contains no elements"),
        };

        var succeeded = task.Execute();

        Assert.That(succeeded, Is.False);
        Assert.That(engine.Errors, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(engine.Errors[0].Message, Is.EqualTo(
                "DockerSecurity.Build internal error while checking '/repo/app/Dockerfile', '/repo/app/compose.yaml': " +
                "System.InvalidOperationException: Sequence contains no elements Please report it with the file(s) that cause it."));
            Assert.That(engine.Errors[0].File, Is.EqualTo(FakeBuildEngine.ProjectFile));
            Assert.That(engine.Warnings, Is.Empty);
            Assert.That(
                engine.Messages.Where(m => m.Importance == MessageImportance.Low).Select(m => m.Message),
                Has.Some.Contains("at DockerSecurity.Build.Tests.InternalErrorTests"),
                "the stack trace is kept at low importance for bug reports");
        });
    }

    [Test]
    public void Long_file_lists_are_shortened_in_the_message()
    {
        var engine = new FakeBuildEngine();
        var task = new DockerSecurityCheck
        {
            BuildEngine = engine,
            ProjectDirectory = "/r",
            Dockerfiles = Enumerable.Range(1, 7).Select(i => (ITaskItem)new TaskItem($"{i}.Dockerfile")).ToArray(),
            Analyzer = _ => throw new FormatException("bad"),
        };

        task.Execute();

        Assert.That(engine.Errors.Single().Message, Does.StartWith(
            "DockerSecurity.Build internal error while checking '/r/1.Dockerfile', '/r/2.Dockerfile', '/r/3.Dockerfile', '/r/4.Dockerfile', '/r/5.Dockerfile' and 2 more: System.FormatException: bad"));
    }

    [Test]
    public void Failure_while_reporting_keeps_what_was_already_reported_and_adds_one_error()
    {
        var good = new Diagnostic(RuleCatalog.ImageTagMissingOrLatest, "/r/Dockerfile", new SourceSpan(1, 6, 1, 12), "first") { Severity = DiagnosticSeverity.Warning };
        var broken = new Diagnostic(RuleCatalog.ImageTagMissingOrLatest, "/r/Dockerfile", new SourceSpan(2, 6, 2, 12), null!) { Severity = DiagnosticSeverity.Warning };
        var engine = new FakeBuildEngine();
        var task = new DockerSecurityCheck
        {
            BuildEngine = engine,
            ProjectDirectory = "/r",
            Dockerfiles = new ITaskItem[] { new TaskItem("Dockerfile") },
            Analyzer = _ => new AnalysisResult(new[] { good, broken }),
        };

        Assert.That(task.Execute(), Is.False);
        Assert.That(engine.Warnings.Select(w => w.Message), Is.EqualTo(new[] { "first" }));
        Assert.That(engine.Errors.Single().Message, Does.StartWith("DockerSecurity.Build internal error while checking '/r/Dockerfile': System.ArgumentNullException"));
    }
}
