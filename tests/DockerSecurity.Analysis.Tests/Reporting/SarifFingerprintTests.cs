using System.Linq;
using System.Text.Json;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Reporting;

/// <summary>Code scanning and the baseline name a finding alike, whatever inline comments suppress around it.</summary>
public class SarifFingerprintTests
{
    [Test]
    public void Inline_suppressed_twin_does_not_shift_the_fingerprint_away_from_the_baseline()
    {
        const string message = "'python:latest' uses the 'latest' tag, which changes without notice: pin a full version tag";
        var suppressed = new Diagnostic(RuleCatalog.ImageTagMissingOrLatest, "/repo/Dockerfile", new SourceSpan(2, 6, 2, 19), message)
        {
            Suppression = new Suppression(SuppressionKind.InSource, "pinned elsewhere"),
        };
        var reported = new Diagnostic(RuleCatalog.ImageTagMissingOrLatest, "/repo/Dockerfile", new SourceSpan(4, 6, 4, 19), message);

        var baselineFingerprint = DockerSecurity.Analysis.Configuration.Baseline.Create(new[] { reported }, "/repo").Entries.Single().Fingerprint;
        var sarif = SarifWriter.ToUtf8(new SarifLog
        {
            RepositoryRoot = "/repo",
            Results = new[] { new SarifResult(suppressed) { Suppressions = new[] { suppressed.Suppression! } }, new SarifResult(reported) },
        });

        var results = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var atLine4 = results.Single(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() == 4);
        Assert.That(atLine4.GetProperty("partialFingerprints").GetProperty(SarifWriter.FingerprintKey).GetString(), Is.EqualTo(baselineFingerprint));
    }
}
