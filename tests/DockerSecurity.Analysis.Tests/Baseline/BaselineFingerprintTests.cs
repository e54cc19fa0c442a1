using System.Linq;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Baseline;

public class BaselineFingerprintTests
{
    private const string Root = "/repo";

    [Test]
    public void Fingerprint_is_the_documented_sha256_prefix()
    {
        // sha256("DKS1001\nsrc/api/Dockerfile\npython:latest\n0"), first 16 bytes, computed independently.
        Assert.Multiple(() =>
        {
            Assert.That(BaselineFingerprint.Compute("DKS1001", "src/api/Dockerfile", "python:latest", 0), Is.EqualTo("a26ea69cc4a86622a1f692ab46f8942a"));
            Assert.That(BaselineFingerprint.Compute("DKS1001", "src/api/Dockerfile", "python:latest", 1), Is.EqualTo("a8fde206b2f2eb15c27bbb3f3de3accf"));
        });
    }

    [Test]
    public void Assign_uses_the_repository_relative_path_and_the_evidence()
    {
        var finding = BaselineFingerprint.Assign(new[] { Finding(RuleCatalog.ImageTagMissingOrLatest, "/repo/src/api/Dockerfile", 1, "python:latest") }, Root).Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.File, Is.EqualTo("src/api/Dockerfile"));
            Assert.That(finding.Fingerprint, Is.EqualTo("a26ea69cc4a86622a1f692ab46f8942a"));
        });
    }

    [Test]
    public void Fingerprints_survive_line_shifts_and_unrelated_findings()
    {
        var before = new[]
        {
            Finding(RuleCatalog.ImageTagMissingOrLatest, "/repo/Dockerfile", 1, "python:latest"),
            Finding(RuleCatalog.SudoInRun, "/repo/Dockerfile", 4, "sudo apt-get install curl"),
        };
        var after = new[]
        {
            Finding(RuleCatalog.AptInstallRecommends, "/repo/Dockerfile", 2, "apt-get install wget"),
            Finding(RuleCatalog.SudoInRun, "/repo/Dockerfile", 12, "sudo apt-get install curl"),
            Finding(RuleCatalog.ImageTagMissingOrLatest, "/repo/Dockerfile", 5, "python:latest"),
        };
        var old = BaselineFingerprint.Assign(before, Root).Select(f => f.Fingerprint).ToList();
        var now = BaselineFingerprint.Assign(after, Root).Select(f => f.Fingerprint).ToList();
        Assert.That(new[] { now[2], now[1] }, Is.EqualTo(old));
    }

    [Test]
    public void Identical_findings_are_told_apart_by_occurrence_in_position_order()
    {
        var findings = new[]
        {
            Finding(RuleCatalog.SudoInRun, "/repo/Dockerfile", 9, "sudo make install"),
            Finding(RuleCatalog.SudoInRun, "/repo/Dockerfile", 3, "sudo make install"),
        };
        var fingerprints = BaselineFingerprint.Assign(findings, Root).Select(f => f.Fingerprint).ToList();
        Assert.That(fingerprints, Is.EqualTo(new[]
        {
            BaselineFingerprint.Compute("DKS2003", "Dockerfile", "sudo make install", 1),
            BaselineFingerprint.Compute("DKS2003", "Dockerfile", "sudo make install", 0),
        }));
    }

    [Test]
    public void Whitespace_in_evidence_does_not_matter()
    {
        var wrapped = Finding(RuleCatalog.SudoInRun, "/repo/Dockerfile", 3, "  sudo apt-get \\\n\t install   curl ");
        var flat = Finding(RuleCatalog.SudoInRun, "/repo/Dockerfile", 3, "sudo apt-get \\ install curl");
        Assert.That(BaselineFingerprint.Assign(new[] { wrapped }, Root)[0].Fingerprint, Is.EqualTo(BaselineFingerprint.Assign(new[] { flat }, Root)[0].Fingerprint));
    }

    [Test]
    public void Message_stands_in_for_missing_evidence()
    {
        var diagnostic = new Diagnostic(RuleCatalog.HealthcheckMissing, "/repo/Dockerfile", new SourceSpan(7, 1, 7, 5), "The final stage has no HEALTHCHECK.");
        Assert.That(BaselineFingerprint.Assign(new[] { diagnostic }, Root)[0].Fingerprint,
            Is.EqualTo(BaselineFingerprint.Compute("DKS5001", "Dockerfile", "The final stage has no HEALTHCHECK.", 0)));
    }

    [Test]
    public void Rule_and_file_are_part_of_the_identity()
    {
        var fingerprints = BaselineFingerprint.Assign(new[]
        {
            Finding(RuleCatalog.ImageTagMissingOrLatest, "/repo/a/Dockerfile", 1, "python:latest"),
            Finding(RuleCatalog.ImageTagMissingOrLatest, "/repo/b/Dockerfile", 1, "python:latest"),
            Finding(RuleCatalog.UntrustedRegistry, "/repo/a/Dockerfile", 1, "python:latest"),
        }, Root).Select(f => f.Fingerprint);
        Assert.That(fingerprints, Is.Unique);
    }

    [TestCase("/repo/src/Dockerfile", "/repo", "src/Dockerfile")]
    [TestCase("/repo/src/../Dockerfile", "/repo/", "Dockerfile")]
    [TestCase("src/Dockerfile", "/repo", "src/Dockerfile")]
    [TestCase(@"C:\Repo\src\Dockerfile", @"c:\repo", "src/Dockerfile")]
    [TestCase("/Repo/src/Dockerfile", "/repo", "/Repo/src/Dockerfile")]
    [TestCase("/other/Dockerfile", "/repo", "/other/Dockerfile")]
    [TestCase("/repository/Dockerfile", "/repo", "/repository/Dockerfile")]
    [TestCase("/repo/Dockerfile", null, "/repo/Dockerfile")]
    public void File_is_repository_relative_with_forward_slashes_when_inside(string path, string? root, string expected) =>
        Assert.That(BaselineFingerprint.Assign(new[] { Finding(RuleCatalog.SudoInRun, path, 1, "sudo") }, root)[0].File, Is.EqualTo(expected));

    private static Diagnostic Finding(RuleDescriptor rule, string path, int line, string evidence) =>
        new(rule, path, new SourceSpan(line, 1, line, 5), $"message at line {line}") { Evidence = evidence };
}
