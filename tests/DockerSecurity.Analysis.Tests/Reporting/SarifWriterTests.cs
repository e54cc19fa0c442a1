using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Reporting;

public class SarifWriterTests
{
    [Test]
    public void Output_matches_the_approved_file() =>
        ApprovedFile.Verify(SarifSample.Text(), "SarifWriterTests.approved.sarif");

    [Test]
    public void Output_is_utf8_without_bom_with_lf_only_and_a_final_newline()
    {
        var bytes = SarifWriter.ToUtf8(SarifSample.Log());
        Assert.Multiple(() =>
        {
            Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(bytes, Does.Not.Contain((byte)'\r'));
            Assert.That(bytes[^1], Is.EqualTo((byte)'\n'));
            Assert.That(bytes[^2], Is.EqualTo((byte)'}'));
        });
    }

    [Test]
    public void Writing_to_a_stream_gives_the_same_bytes_twice_whatever_the_result_order()
    {
        var log = SarifSample.Log();
        var reversed = new SarifLog { ToolVersion = log.ToolVersion, RepositoryRoot = log.RepositoryRoot, Results = log.Results.Reverse().ToArray() };
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        SarifWriter.Write(first, log);
        SarifWriter.Write(second, reversed);
        Assert.That(second.ToArray(), Is.EqualTo(first.ToArray()));
    }

    [Test]
    public void Every_rule_is_described_in_id_order_with_level_tags_and_security_severity()
    {
        using var document = JsonDocument.Parse(SarifWriter.ToUtf8(SarifSample.Log()));
        var rules = Driver(document).GetProperty("rules").EnumerateArray().ToList();
        var ids = rules.Select(r => r.GetProperty("id").GetString()).ToList();
        var dks3004 = rules.Single(r => r.GetProperty("id").GetString() == "DKS3004");
        var dks2005 = rules.Single(r => r.GetProperty("id").GetString() == "DKS2005");
        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.EqualTo(RuleCatalog.All.Select(r => r.Id).OrderBy(id => id, System.StringComparer.Ordinal)));
            Assert.That(ids, Has.Count.EqualTo(RuleCatalog.All.Count));
            Assert.That(dks3004.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Is.EqualTo("none"));
            Assert.That(dks3004.GetProperty("properties").GetProperty("security-severity").GetString(), Is.EqualTo("1.0"));
            Assert.That(dks2005.GetProperty("name").GetString(), Is.EqualTo("PrivilegedContainer"));
            Assert.That(dks2005.GetProperty("shortDescription").GetProperty("text").GetString(), Is.EqualTo("`privileged: true`"));
            Assert.That(dks2005.GetProperty("helpUri").GetString(), Is.EqualTo(RuleCatalog.HelpLinkFor("DKS2005")));
            Assert.That(dks2005.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Is.EqualTo("error"));
            Assert.That(dks2005.GetProperty("properties").GetProperty("security-severity").GetString(), Is.EqualTo("8.0"));
            Assert.That(dks2005.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "Privileges", "security" }));
        });
    }

    [Test]
    public void Result_has_rule_index_effective_level_relative_uri_region_and_fingerprint()
    {
        using var document = JsonDocument.Parse(SarifWriter.ToUtf8(SarifSample.Log()));
        var rules = Driver(document).GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var result = Results(document).Single(r => r.GetProperty("ruleId").GetString() == "DKS2001");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        var region = location.GetProperty("region");
        Assert.Multiple(() =>
        {
            Assert.That(rules[result.GetProperty("ruleIndex").GetInt32()], Is.EqualTo("DKS2001"));
            Assert.That(result.GetProperty("level").GetString(), Is.EqualTo("error"), "the effective severity, not the default (warning)");
            Assert.That(location.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("my%20app/Dockerfile.%C3%BCber"));
            Assert.That(location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString(), Is.EqualTo("%SRCROOT%"));
            Assert.That((region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()), Is.EqualTo((2, 1, 4, 12)));
            Assert.That(result.GetProperty("partialFingerprints").GetProperty("dockerSecurity/v1").GetString(), Does.Match("^[0-9a-f]{32}$"));
        });
    }

    [Test]
    public void Srcroot_is_an_absolute_file_uri_ending_in_a_slash()
    {
        using var document = JsonDocument.Parse(SarifWriter.ToUtf8(SarifSample.Log()));
        var run = document.RootElement.GetProperty("runs")[0];
        Assert.That(run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString(), Is.EqualTo("file:///repo/"));
    }

    [Test]
    public void File_outside_the_repository_gets_an_absolute_uri_without_base()
    {
        using var document = JsonDocument.Parse(SarifWriter.ToUtf8(SarifSample.Log()));
        var artifact = Results(document).Single(r => r.GetProperty("ruleId").GetString() == "DKS0004")
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Multiple(() =>
        {
            Assert.That(artifact.GetProperty("uri").GetString(), Is.EqualTo("file:///elsewhere/compose.yaml"));
            Assert.That(artifact.TryGetProperty("uriBaseId", out _), Is.False);
        });
    }

    [Test]
    public void Silent_results_are_written_with_level_none_and_results_with_severity_none_are_left_out()
    {
        using var document = JsonDocument.Parse(SarifWriter.ToUtf8(SarifSample.Log()));
        var results = Results(document).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(results.Single(r => r.GetProperty("ruleId").GetString() == "DKS3004").GetProperty("level").GetString(), Is.EqualTo("none"));
            Assert.That(results.Select(r => r.GetProperty("ruleId").GetString()), Does.Not.Contain("DKS6001"));
            Assert.That(results, Has.Count.EqualTo(6));
        });
    }

    [Test]
    public void Suppressions_carry_kind_status_justification_and_location()
    {
        using var document = JsonDocument.Parse(SarifWriter.ToUtf8(SarifSample.Log()));
        var results = Results(document).ToList();
        var inline = results.Single(r => r.GetProperty("ruleId").GetString() == "DKS4003").GetProperty("suppressions")[0];
        var baseline = results.Single(r => r.GetProperty("ruleId").GetString() == "DKS6005").GetProperty("suppressions")[0];
        Assert.Multiple(() =>
        {
            Assert.That(inline.GetProperty("kind").GetString(), Is.EqualTo("inSource"));
            Assert.That(inline.GetProperty("status").GetString(), Is.EqualTo("accepted"));
            Assert.That(inline.GetProperty("justification").GetString(), Is.EqualTo("Local development only."));
            Assert.That(inline.GetProperty("location").GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(6));
            Assert.That(baseline.GetProperty("kind").GetString(), Is.EqualTo("external"));
            Assert.That(baseline.GetProperty("location").GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo(".dockersecurity-baseline.json"));
            Assert.That(results.Single(r => r.GetProperty("ruleId").GetString() == "DKS1001").TryGetProperty("suppressions", out _), Is.False);
        });
    }

    [Test]
    public void Evidence_never_reaches_the_output()
    {
        var log = new SarifLog
        {
            Results = new[]
            {
                new SarifResult(new Diagnostic(RuleCatalog.HardcodedCredential, "/repo/Dockerfile", new SourceSpan(1, 1, 1, 5), "A credential 'gh*****' is hard-coded.")
                {
                    Evidence = "ghp_SuperSecretValue1234567890",
                }),
            },
        };
        Assert.That(Encoding.UTF8.GetString(SarifWriter.ToUtf8(log)), Does.Not.Contain("SuperSecret"));
    }

    [Test]
    public void Computed_fingerprint_equals_the_baseline_fingerprint()
    {
        var diagnostic = SarifSample.Log().Results[0].Diagnostic;
        var expected = BaselineFingerprint.Assign(new[] { diagnostic }, SarifSample.Root)[0].Fingerprint;
        var log = new SarifLog { RepositoryRoot = SarifSample.Root, Results = new[] { new SarifResult(diagnostic) } };
        using var document = JsonDocument.Parse(SarifWriter.ToUtf8(log));
        Assert.That(Results(document).Single().GetProperty("partialFingerprints").GetProperty("dockerSecurity/v1").GetString(), Is.EqualTo(expected));
    }

    [Test]
    public void Given_fingerprint_is_written_as_is()
    {
        var diagnostic = SarifSample.Log().Results[0].Diagnostic;
        var log = new SarifLog { Results = new[] { new SarifResult(diagnostic) { Fingerprint = "00112233445566778899aabbccddeeff" } } };
        using var document = JsonDocument.Parse(SarifWriter.ToUtf8(log));
        Assert.That(Results(document).Single().GetProperty("partialFingerprints").GetProperty("dockerSecurity/v1").GetString(), Is.EqualTo("00112233445566778899aabbccddeeff"));
    }

    [Test]
    public void Without_repository_root_there_is_no_base_and_uris_are_absolute()
    {
        var log = new SarifLog { Results = new[] { SarifSample.Log().Results[0] } };
        using var document = JsonDocument.Parse(SarifWriter.ToUtf8(log));
        var run = document.RootElement.GetProperty("runs")[0];
        Assert.Multiple(() =>
        {
            Assert.That(run.TryGetProperty("originalUriBaseIds", out _), Is.False);
            Assert.That(Results(document).Single().GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("file:///repo/src/api/Dockerfile"));
        });
    }

    [Test]
    public void Tool_version_that_is_not_semantic_is_written_only_as_version()
    {
        using var document = JsonDocument.Parse(SarifWriter.ToUtf8(new SarifLog { ToolVersion = "1.2" }));
        var driver = Driver(document);
        Assert.Multiple(() =>
        {
            Assert.That(driver.GetProperty("version").GetString(), Is.EqualTo("1.2"));
            Assert.That(driver.TryGetProperty("semanticVersion", out _), Is.False);
        });
    }

    [Test]
    public void Empty_span_is_written_as_an_insertion_point_and_a_reversed_span_loses_its_end()
    {
        var log = new SarifLog
        {
            Results = new[]
            {
                new SarifResult(new Diagnostic(RuleCatalog.FileSkipped, "/a/Dockerfile", new SourceSpan(1, 1, 1, 1), "skipped")),
                new SarifResult(new Diagnostic(RuleCatalog.FileSkipped, "/b/Dockerfile", new SourceSpan(3, 5, 2, 1), "skipped")),
            },
        };
        using var document = JsonDocument.Parse(SarifWriter.ToUtf8(log));
        var regions = Results(document)
            .Select(r => string.Join(", ", r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").EnumerateObject().Select(p => $"{p.Name}={p.Value}")))
            .ToList();
        Assert.That(regions, Is.EqualTo(new[]
        {
            "startLine=1, startColumn=1, endLine=1, endColumn=1",
            "startLine=3, startColumn=5",
        }));
    }

    private static JsonElement Driver(JsonDocument document) =>
        document.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");

    private static System.Collections.Generic.IEnumerable<JsonElement> Results(JsonDocument document) =>
        document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray();
}
