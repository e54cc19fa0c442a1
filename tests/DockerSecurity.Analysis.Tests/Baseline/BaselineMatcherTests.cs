using System.Linq;
using System.Text;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Baseline;

public class BaselineMatcherTests
{
    private const string Root = "/repo";
    private const string BaselinePath = "/repo/.dockersecurity-baseline.json";

    [Test]
    public void Findings_are_split_into_new_baselined_and_stale_entries()
    {
        var latest = Finding(RuleCatalog.ImageTagMissingOrLatest, 1, "python:latest");
        var sudo = Finding(RuleCatalog.SudoInRun, 4, "sudo make install");
        var baseline = ReadBack(Analysis.Configuration.Baseline.Create(new[] { latest, sudo }, Root));

        // Three lines were inserted at the top, sudo was fixed, a new finding appeared.
        var shifted = latest with { Span = new SourceSpan(4, 6, 4, 19) };
        var added = Finding(RuleCatalog.AptInstallRecommends, 6, "apt-get install curl");
        var match = BaselineMatcher.Match(new[] { shifted, added }, baseline, Root);

        Assert.Multiple(() =>
        {
            Assert.That(match.New.Select(f => f.Diagnostic), Is.EqualTo(new[] { added }));
            Assert.That(match.Baselined.Select(f => f.Diagnostic), Is.EqualTo(new[] { shifted }));
            Assert.That(match.Baselined[0].Suppression, Is.EqualTo(new Suppression(
                SuppressionKind.External, "Accepted in the baseline '.dockersecurity-baseline.json'.", BaselinePath, new SourceSpan(4, 5, 9, 6))));
            Assert.That(match.StaleEntries.Select(e => e.RuleId), Is.EqualTo(new[] { "DKS2003" }));
            Assert.That(match.StaleDiagnostics, Is.EqualTo(new[]
            {
                new Diagnostic(RuleCatalog.UnnecessarySuppression, BaselinePath, new SourceSpan(10, 5, 15, 6),
                    "Baseline entry DKS2003 for 'Dockerfile' matches no current finding (fixed, or changed so its fingerprint differs): remove the entry or regenerate the baseline."),
            }));
        });
    }

    [Test]
    public void One_entry_accepts_one_finding_so_a_second_identical_finding_is_new()
    {
        var first = Finding(RuleCatalog.SudoInRun, 3, "sudo make install");
        var baseline = Analysis.Configuration.Baseline.Create(new[] { first }, Root);
        var second = Finding(RuleCatalog.SudoInRun, 9, "sudo make install");
        var match = BaselineMatcher.Match(new[] { second, first }, baseline, Root);
        Assert.Multiple(() =>
        {
            Assert.That(match.Baselined.Select(f => f.Diagnostic), Is.EqualTo(new[] { first }));
            Assert.That(match.New.Select(f => f.Diagnostic), Is.EqualTo(new[] { second }));
            Assert.That(match.StaleEntries, Is.Empty);
        });
    }

    [Test]
    public void Configuration_findings_are_always_new_even_with_a_matching_entry()
    {
        var invalid = new Diagnostic(RuleCatalog.InvalidConfiguration, "/repo/.editorconfig", new SourceSpan(2, 1, 2, 5), "Bad severity.");
        var fingerprint = BaselineFingerprint.Assign(new[] { invalid }, Root)[0].Fingerprint;
        var baseline = new Analysis.Configuration.Baseline(new[] { new BaselineEntry("DKS0005", ".editorconfig", fingerprint, "Bad severity.") });
        var match = BaselineMatcher.Match(new[] { invalid }, baseline, Root);
        Assert.Multiple(() =>
        {
            Assert.That(match.New.Select(f => f.Diagnostic), Is.EqualTo(new[] { invalid }));
            Assert.That(match.Baselined, Is.Empty);
            Assert.That(match.StaleEntries, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void Only_entries_of_analysed_files_can_be_stale()
    {
        var baseline = new Analysis.Configuration.Baseline(new[]
        {
            new BaselineEntry("DKS1001", "api/Dockerfile", "00", "m"),
            new BaselineEntry("DKS1001", "web/Dockerfile", "11", "m"),
        });
        var match = BaselineMatcher.Match(Enumerable.Empty<Diagnostic>(), baseline, Root, analyzedFiles: new[] { "/repo/api/Dockerfile" });
        Assert.That(match.StaleEntries.Select(e => e.File), Is.EqualTo(new[] { "api/Dockerfile" }));
    }

    [Test]
    public void Stale_entry_of_a_baseline_built_in_memory_points_at_the_default_file_name()
    {
        var baseline = new Analysis.Configuration.Baseline(new[] { new BaselineEntry("DKS1001", "Dockerfile", "00", "m") });
        var stale = BaselineMatcher.Match(Enumerable.Empty<Diagnostic>(), baseline, Root).StaleDiagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(stale.FilePath, Is.EqualTo(".dockersecurity-baseline.json"));
            Assert.That(stale.Span, Is.EqualTo(new SourceSpan(1, 1, 1, 1)));
        });
    }

    [Test]
    public void Empty_baseline_makes_everything_new()
    {
        var finding = Finding(RuleCatalog.ImageTagMissingOrLatest, 1, "python:latest");
        var match = BaselineMatcher.Match(new[] { finding }, Analysis.Configuration.Baseline.Empty, Root);
        Assert.Multiple(() =>
        {
            Assert.That(match.New.Single().Diagnostic, Is.EqualTo(finding));
            Assert.That(match.New.Single().Fingerprint, Is.EqualTo(BaselineFingerprint.Compute("DKS1001", "Dockerfile", "python:latest", 0)));
            Assert.That(match.Baselined, Is.Empty);
        });
    }

    private static Analysis.Configuration.Baseline ReadBack(Analysis.Configuration.Baseline baseline) =>
        BaselineFile.Parse(BaselineFile.ToUtf8(baseline), BaselinePath).Baseline!;

    private static Diagnostic Finding(RuleDescriptor rule, int line, string evidence) =>
        new(rule, "/repo/Dockerfile", new SourceSpan(line, 6, line, 19), $"finding about {evidence}") { Evidence = evidence };
}
