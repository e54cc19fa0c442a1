using System.Linq;

namespace DockerSecurity.Build.Tests;

/// <summary>A rebuild that changed nothing replays the cached findings without running the engine, and the task's own findings with them.</summary>
public class ReplayTests
{
    [Test]
    public void Second_run_replays_the_findings_and_reports_the_property_problems_again_without_the_engine()
    {
        using var folder = new TemporaryFolder();
        folder.Write("Dockerfile", "FROM python:latest\n");
        folder.Write("obj/.keep", "");
        var analyses = 0;

        (string Code, int Line, int Column, string? Message)[] Run()
        {
            var engine = new FakeBuildEngine();
            var task = ErrorLogTests.Task(folder, engine);
            task.CacheFile = "obj/DockerSecurity.cache";
            task.AnalysisMode = "Bogus";
            var analyzer = task.Analyzer;
            task.Analyzer = request =>
            {
                analyses++;
                return analyzer(request);
            };
            Assert.That(task.Execute(), Is.True);
            return engine.Warnings.Select(w => (w.Code, w.LineNumber, w.ColumnNumber, w.Message)).ToArray();
        }

        var first = Run();
        var second = Run();

        Assert.Multiple(() =>
        {
            Assert.That(analyses, Is.EqualTo(1), "the second run replays");
            Assert.That(first.Select(w => w.Code), Is.EqualTo(new[] { "DKS1001", "DKS2001", "DKS5001", "DKS0005" }));
            Assert.That(second, Is.EqualTo(first));
        });
    }
}
