using System;
using System.Linq;
using DockerSecurity.Analysis;
using DockerSecurity.Analysis.Reporting;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace DockerSecurity.Build.Tests;

/// <summary>The targets pick the preset of DockerSecurityAnalysisMode; the task says when the value is not a mode.</summary>
public class AnalysisModeTests
{
    [TestCase("Minimum")]
    [TestCase("recommended")]
    [TestCase("ALL")]
    [TestCase("")]
    [TestCase(null)]
    public void Known_mode_or_none_gives_no_finding(string? mode)
    {
        var engine = Run(task => task.AnalysisMode = mode);

        Assert.That(engine.Warnings, Is.Empty);
    }

    /// <summary>The targets compare untrimmed, so " Minimum" picks no preset: it must not pass silently.</summary>
    [TestCase("Strict")]
    [TestCase(" Minimum")]
    [TestCase("Minimal")]
    public void Value_the_targets_do_not_know_is_a_warning(string mode)
    {
        var engine = Run(task => task.AnalysisMode = mode);

        Assert.That(engine.Warnings.Select(w => w.Code), Is.EqualTo(new[] { "DKS0005" }));
    }

    [Test]
    public void Unknown_mode_is_a_DKS0005_warning_at_the_project_file()
    {
        var engine = Run(task => task.AnalysisMode = "Strict");

        var warning = engine.Warnings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(warning.Code, Is.EqualTo("DKS0005"));
            Assert.That(warning.File, Is.EqualTo(FakeBuildEngine.ProjectFile));
            Assert.That((warning.LineNumber, warning.ColumnNumber), Is.EqualTo((0, 0)));
            Assert.That(warning.HelpLink, Is.EqualTo("https://github.com/dockersecurity/DockerSecurity.Build/blob/main/docs/rules/DKS0005.md"));
            Assert.That(warning.Message, Is.EqualTo("DockerSecurityAnalysisMode 'Strict' is not known: use Minimum, Recommended or All. The default, Recommended, applies."));
        });
    }

    [Test]
    public void Project_file_parameter_beats_the_file_of_the_task_node()
    {
        var engine = Run(task =>
        {
            task.AnalysisMode = "Strict";
            task.ProjectFile = "Real.csproj";
        });

        Assert.That(engine.Warnings.Single().File, Is.EqualTo("/repo/app/Real.csproj"));
    }

    [Test]
    public void Unknown_mode_warning_follows_the_projects_configuration()
    {
        var silenced = Run(task =>
        {
            task.AnalysisMode = "Strict";
            task.NoWarn = "CS1591;DKS0005";
        });
        var promoted = Run(task =>
        {
            task.AnalysisMode = "Strict";
            task.TreatWarningsAsErrors = true;
        });

        Assert.That(silenced.Warnings, Is.Empty);
        Assert.That(promoted.Errors.Select(e => e.Code), Is.EqualTo(new[] { "DKS0005" }));
    }

    [Test]
    public void Update_baseline_that_is_not_a_boolean_is_a_DKS0005_warning()
    {
        var engine = Run(task => task.UpdateBaseline = "please");

        Assert.That(
            engine.Warnings.Select(w => (w.Code, w.File, w.Message)),
            Is.EqualTo(new[] { ("DKS0005", FakeBuildEngine.ProjectFile, "DockerSecurityUpdateBaseline 'please' is not true or false: the baseline is not updated.") }));
    }

    /// <summary>Runs the task with an engine that finds nothing, so only the task's own findings show.</summary>
    private static FakeBuildEngine Run(Action<DockerSecurityCheck> configure)
    {
        var engine = new FakeBuildEngine();
        var task = new DockerSecurityCheck
        {
            BuildEngine = engine,
            ProjectDirectory = "/repo/app",
            Dockerfiles = new ITaskItem[] { new TaskItem("Dockerfile") },
            Analyzer = _ => new AnalysisResult(Array.Empty<Diagnostic>()),
        };
        configure(task);
        task.Execute();
        return engine;
    }
}
