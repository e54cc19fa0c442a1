using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace DockerSecurity.Build.Tests;

/// <summary>Each effective severity becomes the MSBuild event the issue specifies, with every location field.</summary>
public class ReportingTests
{
    private const string ProjectDirectory = "/repo/app";
    private const string DockerfilePath = "/repo/app/Dockerfile";

    [Test]
    public void Error_is_logged_as_an_error_with_code_location_and_help_link()
    {
        var engine = Run(Finding(DiagnosticSeverity.Error, "'python:latest' uses the latest tag."));

        Assert.That(engine.Errors, Has.Count.EqualTo(1));
        var error = engine.Errors[0];
        Assert.Multiple(() =>
        {
            Assert.That(error.Subcategory, Is.Null);
            Assert.That(error.Code, Is.EqualTo("DKS1001"));
            Assert.That(error.HelpKeyword, Is.Null);
            Assert.That(error.HelpLink, Is.EqualTo("https://github.com/dockersecurity/DockerSecurity.Build/blob/main/docs/rules/DKS1001.md"));
            Assert.That(error.File, Is.EqualTo(DockerfilePath));
            Assert.That(error.LineNumber, Is.EqualTo(3));
            Assert.That(error.ColumnNumber, Is.EqualTo(6));
            Assert.That(error.EndLineNumber, Is.EqualTo(3));
            Assert.That(error.EndColumnNumber, Is.EqualTo(19));
            Assert.That(error.Message, Is.EqualTo("'python:latest' uses the latest tag."));
            Assert.That(engine.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Error_fails_the_task()
    {
        var task = Task(out _, Finding(DiagnosticSeverity.Error, "m"));

        Assert.That(task.Execute(), Is.False);
    }

    [Test]
    public void Warning_is_logged_as_a_warning_with_code_location_and_help_link_and_the_task_succeeds()
    {
        var task = Task(out var engine, Finding(DiagnosticSeverity.Warning, "'python:latest' uses the latest tag."));

        Assert.That(task.Execute(), Is.True);
        Assert.That(engine.Warnings, Has.Count.EqualTo(1));
        var warning = engine.Warnings[0];
        Assert.Multiple(() =>
        {
            Assert.That(warning.Subcategory, Is.Null);
            Assert.That(warning.Code, Is.EqualTo("DKS1001"));
            Assert.That(warning.HelpKeyword, Is.Null);
            Assert.That(warning.HelpLink, Is.EqualTo(RuleCatalog.HelpLinkFor("DKS1001")));
            Assert.That(warning.File, Is.EqualTo(DockerfilePath));
            Assert.That(warning.LineNumber, Is.EqualTo(3));
            Assert.That(warning.ColumnNumber, Is.EqualTo(6));
            Assert.That(warning.EndLineNumber, Is.EqualTo(3));
            Assert.That(warning.EndColumnNumber, Is.EqualTo(19));
            Assert.That(warning.Message, Is.EqualTo("'python:latest' uses the latest tag."));
            Assert.That(engine.Errors, Is.Empty);
        });
    }

    [Test]
    public void Suggestion_is_a_high_importance_message_with_code_and_location()
    {
        var task = Task(out var engine, Finding(DiagnosticSeverity.Suggestion, "Pin it by digest."));

        Assert.That(task.Execute(), Is.True);
        var messages = engine.CodedMessages.ToList();
        Assert.That(messages, Has.Count.EqualTo(1));
        var message = messages[0];
        Assert.Multiple(() =>
        {
            Assert.That(message.Importance, Is.EqualTo(MessageImportance.High));
            Assert.That(message.Subcategory, Is.Null);
            Assert.That(message.Code, Is.EqualTo("DKS1001"));
            Assert.That(message.HelpKeyword, Is.Null);
            Assert.That(message.File, Is.EqualTo(DockerfilePath));
            Assert.That(message.LineNumber, Is.EqualTo(3));
            Assert.That(message.ColumnNumber, Is.EqualTo(6));
            Assert.That(message.EndLineNumber, Is.EqualTo(3));
            Assert.That(message.EndColumnNumber, Is.EqualTo(19));
            Assert.That(message.Message, Is.EqualTo("Pin it by digest."));
            Assert.That(engine.Warnings, Is.Empty);
            Assert.That(engine.Errors, Is.Empty);
        });
    }

    [TestCase(DiagnosticSeverity.Silent)]
    [TestCase(DiagnosticSeverity.None)]
    public void Silent_and_none_log_nothing(DiagnosticSeverity severity)
    {
        var task = Task(out var engine, Finding(severity, "m"));

        Assert.That(task.Execute(), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(engine.Errors, Is.Empty);
            Assert.That(engine.Warnings, Is.Empty);
            Assert.That(engine.CodedMessages, Is.Empty);
            Assert.That(engine.Messages.Where(m => m.Importance == MessageImportance.High), Is.Empty);
        });
    }

    [Test]
    public void Findings_are_logged_in_the_engines_order_each_at_its_own_severity()
    {
        var engine = Run(
            Finding(DiagnosticSeverity.Warning, "first"),
            Finding(DiagnosticSeverity.Error, "second"),
            Finding(DiagnosticSeverity.Warning, "third"));

        Assert.That(engine.Warnings.Select(w => w.Message), Is.EqualTo(new[] { "first", "third" }));
        Assert.That(engine.Errors.Select(e => e.Message), Is.EqualTo(new[] { "second" }));
    }

    [Test]
    public void Message_with_format_braces_is_logged_verbatim()
    {
        var engine = Run(Finding(DiagnosticSeverity.Warning, "'node:${NODE_VERSION}' floats: {0} is not a version."));

        Assert.That(engine.Warnings.Single().Message, Is.EqualTo("'node:${NODE_VERSION}' floats: {0} is not a version."));
    }

    [Test]
    public void Relative_finding_path_is_made_absolute_against_the_project_directory()
    {
        var finding = new Diagnostic(RuleCatalog.ImageTagMissingOrLatest, "docker/../web/Dockerfile", new SourceSpan(1, 1, 1, 5), "m")
        {
            Severity = DiagnosticSeverity.Warning,
        };

        var engine = Run(finding);

        Assert.That(engine.Warnings.Single().File, Is.EqualTo("/repo/app/web/Dockerfile"));
    }

    [Test]
    public void Finding_without_a_file_is_reported_at_the_project_file_with_no_position()
    {
        var finding = new Diagnostic(RuleCatalog.InvalidConfiguration, "", default, "DockerSecurityTrustedRegistries has an empty entry.")
        {
            Severity = DiagnosticSeverity.Warning,
        };

        var warning = Run(finding).Warnings.Single();

        Assert.Multiple(() =>
        {
            Assert.That(warning.Code, Is.EqualTo("DKS0005"));
            Assert.That(warning.File, Is.EqualTo(FakeBuildEngine.ProjectFile));
            Assert.That(warning.LineNumber, Is.EqualTo(0));
            Assert.That(warning.ColumnNumber, Is.EqualTo(0));
        });
    }

    [Test]
    public void Real_engine_reports_a_binary_dockerfile_as_DKS0004_at_the_nul_byte()
    {
        using var folder = new TemporaryFolder();
        var dockerfile = folder.Write("Dockerfile", "FROM alpine:3.20.3\nRUN echo \0\n");
        var engine = new FakeBuildEngine();
        var task = new DockerSecurityCheck
        {
            BuildEngine = engine,
            ProjectDirectory = folder.Path,
            Dockerfiles = new ITaskItem[] { new TaskItem("Dockerfile") },
        };

        Assert.That(task.Execute(), Is.True);
        Assert.That(engine.Warnings, Has.Count.EqualTo(1));
        var warning = engine.Warnings[0];
        Assert.Multiple(() =>
        {
            Assert.That(warning.Code, Is.EqualTo("DKS0004"));
            Assert.That(warning.File, Is.EqualTo(dockerfile));
            Assert.That((warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber, warning.EndColumnNumber), Is.EqualTo((2, 10, 2, 10)));
            Assert.That(warning.HelpLink, Is.EqualTo(RuleCatalog.HelpLinkFor("DKS0004")));
            Assert.That(warning.Message, Is.EqualTo("'Dockerfile' is skipped: it is a binary file (it contains a NUL byte)."));
        });
    }

    private static Diagnostic Finding(DiagnosticSeverity severity, string message) =>
        new(RuleCatalog.ImageTagMissingOrLatest, DockerfilePath, new SourceSpan(3, 6, 3, 19), message) { Severity = severity };

    private static FakeBuildEngine Run(params Diagnostic[] findings)
    {
        Task(out var engine, findings).Execute();
        return engine;
    }

    private static DockerSecurityCheck Task(out FakeBuildEngine engine, params Diagnostic[] findings)
    {
        engine = new FakeBuildEngine();
        return new DockerSecurityCheck
        {
            BuildEngine = engine,
            ProjectDirectory = ProjectDirectory,
            Dockerfiles = new ITaskItem[] { new TaskItem("Dockerfile") },
            Analyzer = _ => new AnalysisResult(new List<Diagnostic>(findings)),
        };
    }
}
