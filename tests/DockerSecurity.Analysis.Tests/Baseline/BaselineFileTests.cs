using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Baseline;

public class BaselineFileTests
{
    private const string Path = "/repo/.dockersecurity-baseline.json";

    private string folder = "";

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("dks-baseline-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Written_form_is_sorted_indented_and_ends_with_a_newline()
    {
        var baseline = new Analysis.Configuration.Baseline(new[]
        {
            new BaselineEntry("DKS2001", "src/Dockerfile", "bbbb", "Runs as root."),
            new BaselineEntry("DKS1001", "src/Dockerfile", "cccc", "'python:latest' \"floats\"."),
            new BaselineEntry("DKS1001", "src/Dockerfile", "aaaa", "Ünïcode stays readable."),
            new BaselineEntry("DKS6005", "compose.yaml", "dddd", "Default network."),
        });
        Assert.That(Encoding.UTF8.GetString(BaselineFile.ToUtf8(baseline)), Is.EqualTo("""
            {
              "version": 1,
              "findings": [
                {
                  "ruleId": "DKS6005",
                  "file": "compose.yaml",
                  "fingerprint": "dddd",
                  "message": "Default network."
                },
                {
                  "ruleId": "DKS1001",
                  "file": "src/Dockerfile",
                  "fingerprint": "aaaa",
                  "message": "Ünïcode stays readable."
                },
                {
                  "ruleId": "DKS1001",
                  "file": "src/Dockerfile",
                  "fingerprint": "cccc",
                  "message": "'python:latest' \"floats\"."
                },
                {
                  "ruleId": "DKS2001",
                  "file": "src/Dockerfile",
                  "fingerprint": "bbbb",
                  "message": "Runs as root."
                }
              ]
            }

            """.Replace("\r\n", "\n")));
    }

    [Test]
    public void Empty_baseline_is_written_with_an_empty_array()
    {
        Assert.That(Encoding.UTF8.GetString(BaselineFile.ToUtf8(Analysis.Configuration.Baseline.Empty)), Is.EqualTo("{\n  \"version\": 1,\n  \"findings\": []\n}\n"));
    }

    [Test]
    public void Round_trip_through_a_file_is_byte_identical()
    {
        var path = System.IO.Path.Combine(folder, ".dockersecurity-baseline.json");
        var baseline = Analysis.Configuration.Baseline.Create(Findings(), "/repo");
        Assert.That(BaselineFile.Write(path, baseline), Is.Null);
        var first = File.ReadAllBytes(path);
        var read = BaselineFile.Read(path);
        Assert.That(read.Diagnostics, Is.Empty);
        Assert.That(BaselineFile.Write(path, read.Baseline!), Is.Null);
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllBytes(path), Is.EqualTo(first));
            Assert.That(first, Is.EqualTo(BaselineFile.ToUtf8(baseline)));
            Assert.That(read.Baseline!.Entries.Select(e => e with { Span = null }), Is.EqualTo(baseline.Entries));
            Assert.That(read.Baseline.Path, Is.EqualTo(path));
            Assert.That(Directory.GetFiles(folder), Is.EqualTo(new[] { path }), "no temporary file is left behind");
        });
    }

    [Test]
    public void Create_leaves_out_configuration_findings_and_keeps_redacted_messages()
    {
        var baseline = Analysis.Configuration.Baseline.Create(Findings(), "/repo");
        Assert.That(baseline.Entries.Select(e => (e.RuleId, e.File, e.Message)), Is.EqualTo(new[]
        {
            ("DKS4003", "deploy/compose.yaml", "Credential 'DB_PASSWORD=hu*****' is hard-coded."),
            ("DKS1001", "src/Dockerfile", "'python:latest' floats."),
        }));
    }

    [Test]
    public void Unchanged_file_is_not_rewritten()
    {
        var path = System.IO.Path.Combine(folder, "baseline.json");
        var baseline = Analysis.Configuration.Baseline.Create(Findings(), "/repo");
        BaselineFile.Write(path, baseline);
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, stamp);
        BaselineFile.Write(path, baseline);
        Assert.That(File.GetLastWriteTimeUtc(path), Is.EqualTo(stamp));
    }

    [Test]
    public void Concurrent_writers_each_succeed_and_leave_one_complete_file()
    {
        var path = System.IO.Path.Combine(folder, "baseline.json");
        var candidates = Enumerable.Range(0, 8)
            .Select(i => new Analysis.Configuration.Baseline(new[] { new BaselineEntry("DKS1001", $"f{i}/Dockerfile", "00", "m") }))
            .ToList();
        var results = new Diagnostic?[candidates.Count];
        Parallel.For(0, candidates.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i % candidates.Count] = BaselineFile.Write(path, candidates[i % candidates.Count]));
        var final = File.ReadAllBytes(path);
        Assert.Multiple(() =>
        {
            Assert.That(results, Is.All.Null);
            Assert.That(candidates.Select(BaselineFile.ToUtf8), Has.Some.EqualTo(final));
            Assert.That(Directory.GetFiles(folder), Is.EqualTo(new[] { path }));
        });
    }

    [Test]
    public void Unwritable_location_gives_dks0005()
    {
        var path = System.IO.Path.Combine(folder, "missing-folder", "baseline.json");
        var problem = BaselineFile.Write(path, Analysis.Configuration.Baseline.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(problem!.Id, Is.EqualTo("DKS0005"));
            Assert.That(problem.FilePath, Is.EqualTo(path));
            Assert.That(problem.Message, Does.StartWith($"Baseline file '{path}' cannot be written: "));
        });
    }

    [Test]
    public void Entries_remember_their_span_in_the_file()
    {
        var result = Parse("""
            {
              "version": 1,
              "findings": [
                { "ruleId": "DKS1001", "file": "Dockerfile", "fingerprint": "AB12", "message": "m" },
                {
                  "ruleId": "dks2001",
                  "file": "Dockerfile",
                  "fingerprint": "cd34"
                }
              ]
            }
            """);
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(result.Baseline!.Entries.Select(e => (e.RuleId, e.Fingerprint, e.Message, e.Span)), Is.EqualTo(new[]
            {
                ("DKS1001", "ab12", "m", (SourceSpan?)new SourceSpan(4, 5, 4, 89)),
                ("DKS2001", "cd34", "", (SourceSpan?)new SourceSpan(5, 5, 9, 6)),
            }));
        });
    }

    [Test]
    public void Bom_comments_trailing_commas_and_unknown_properties_are_tolerated()
    {
        var json = "\uFEFF{ // accepted on 2024-05-01\n \"version\": 1, \"generator\": \"x\",\n \"findings\": [ { \"ruleId\": \"DKS1001\", \"file\": \"Dockerfile\", \"fingerprint\": \"ab\", \"extra\": [1, {}], }, ],\n}\n";
        var result = BaselineFile.Parse(Encoding.UTF8.GetBytes(json), Path);
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(result.Baseline!.Entries.Single().Span, Is.EqualTo(new SourceSpan(3, 16, 3, 101)));
        });
    }

    [Test]
    public void Invalid_json_is_reported_at_the_offending_character()
    {
        var result = Parse("""
            {
              "version": 1,
              "findings": [
                { "ruleId": "DKS1001", "file": "Dockerfile", "fingerprint": "ab", }
                { "ruleId": "DKS1002" }
              ]
            }
            """);
        Assert.That(result.Baseline, Is.Null);
        Assert.That(result.Diagnostics.Single().Span, Is.EqualTo(new SourceSpan(5, 5, 5, 5)));
        Assert.That(result.Diagnostics.Single().Message, Does.StartWith("Baseline file is not valid JSON: ").And.Not.Contain("LineNumber"));
    }

    [Test]
    public void Error_column_counts_utf16_code_units_not_bytes()
    {
        var result = Parse("{ \"version\": 1, \"x\": \"ééé\" ! }");
        Assert.That(result.Diagnostics.Single().Span.Start, Is.EqualTo(new SourcePosition(1, 28)));
    }

    [Test]
    public void Empty_file_is_reported()
    {
        var result = BaselineFile.Parse(Array.Empty<byte>(), Path);
        Assert.Multiple(() =>
        {
            Assert.That(result.Baseline, Is.Null);
            Assert.That(result.Diagnostics, Is.EqualTo(new[]
            {
                new Diagnostic(RuleCatalog.InvalidConfiguration, Path, new SourceSpan(1, 1, 1, 1), "Baseline file is empty: expected { \"version\": 1, \"findings\": [...] }."),
            }));
        });
    }

    [Test]
    public void Root_that_is_not_an_object_is_reported_at_it()
    {
        var result = Parse("\n  [1, 2]");
        Assert.That(result.Diagnostics.Single(), Is.EqualTo(new Diagnostic(RuleCatalog.InvalidConfiguration, Path, new SourceSpan(2, 3, 2, 4),
            "Baseline file must hold a JSON object: { \"version\": 1, \"findings\": [...] }.")));
    }

    [Test]
    public void Unsupported_version_is_reported_at_the_value_and_nothing_is_baselined()
    {
        var result = Parse("{\n  \"version\": 2,\n  \"findings\": []\n}");
        Assert.Multiple(() =>
        {
            Assert.That(result.Baseline, Is.Null);
            Assert.That(result.Diagnostics.Single(), Is.EqualTo(new Diagnostic(RuleCatalog.InvalidConfiguration, Path, new SourceSpan(2, 14, 2, 15),
                "Baseline version 2 is not supported: this version of DockerSecurity.Build reads version 1.")));
        });
    }

    [Test]
    public void Missing_version_is_reported_at_the_root_object()
    {
        var result = Parse("{ \"findings\": [] }");
        Assert.Multiple(() =>
        {
            Assert.That(result.Baseline, Is.Null);
            Assert.That(result.Diagnostics.Single().Span, Is.EqualTo(new SourceSpan(1, 1, 1, 2)));
            Assert.That(result.Diagnostics.Single().Message, Is.EqualTo("Baseline file has no \"version\": 1."));
        });
    }

    [Test]
    public void Bad_entries_are_reported_and_skipped_while_good_ones_are_kept()
    {
        var result = Parse("""
            {
              "version": 1,
              "findings": [
                "DKS1001",
                { "ruleId": "DKS1001", "file": "Dockerfile" },
                { "ruleId": "DKS1001", "file": 7, "fingerprint": "ab" },
                { "ruleId": "DKS2001", "file": "Dockerfile", "fingerprint": "cd" }
              ]
            }
            """);
        Assert.Multiple(() =>
        {
            Assert.That(result.Baseline!.Entries.Select(e => e.RuleId), Is.EqualTo(new[] { "DKS2001" }));
            Assert.That(result.Diagnostics.Select(d => (d.Span, d.Message)), Is.EqualTo(new[]
            {
                (new SourceSpan(4, 5, 4, 14), "Each baseline finding must be an object with \"ruleId\", \"file\" and \"fingerprint\"."),
                (new SourceSpan(5, 5, 5, 50), "Baseline finding lacks \"fingerprint\": it is ignored."),
                (new SourceSpan(6, 36, 6, 37), "Baseline \"file\" must be a string."),
            }));
        });
    }

    [Test]
    public void Findings_that_is_not_an_array_is_reported()
    {
        var result = Parse("{ \"version\": 1, \"findings\": {} }");
        Assert.Multiple(() =>
        {
            Assert.That(result.Baseline!.Entries, Is.Empty);
            Assert.That(result.Diagnostics.Single().Span, Is.EqualTo(new SourceSpan(1, 29, 1, 30)));
        });
    }

    [Test]
    public void Content_after_the_root_object_is_reported()
    {
        var result = Parse("{ \"version\": 1, \"findings\": [] }\n}");
        Assert.Multiple(() =>
        {
            Assert.That(result.Baseline, Is.Null);
            Assert.That(result.Diagnostics.Single().Span.Start, Is.EqualTo(new SourcePosition(2, 1)));
        });
    }

    [Test]
    public void Invalid_utf8_is_reported_not_thrown()
    {
        var bytes = Encoding.UTF8.GetBytes("{ \"version\": 1, \"findings\": [ { \"ruleId\": \"DKS1001\", \"file\": \"X\", \"fingerprint\": \"ab\" } ] }");
        var at = Array.IndexOf(bytes, (byte)'X');
        bytes[at] = 0xC3;
        var result = BaselineFile.Parse(bytes, Path);
        Assert.Multiple(() =>
        {
            Assert.That(result.Baseline, Is.Null);
            Assert.That(result.Diagnostics.Single().Id, Is.EqualTo("DKS0005"));
            Assert.That(result.Diagnostics.Single().Span, Is.EqualTo(new SourceSpan(1, 62, 1, 62)), "at the string holding the bad byte");

            // The rest is System.Text.Json's own words, which differ between runtimes.
            Assert.That(result.Diagnostics.Single().Message, Does.StartWith("Baseline file cannot be read: "));
        });
    }

    [Test]
    public void Every_truncation_of_a_valid_file_gives_diagnostics_and_never_throws()
    {
        var bytes = BaselineFile.ToUtf8(Analysis.Configuration.Baseline.Create(Findings(), "/repo"));
        for (var length = 0; length < bytes.Length - 2; length++)
        {
            var result = BaselineFile.Parse(bytes.Take(length).ToArray(), Path);
            Assert.That(result.Diagnostics.Select(d => d.Id), Is.Not.Empty.And.All.EqualTo("DKS0005"), $"truncated at {length}");
        }
    }

    [Test]
    public void Missing_file_is_reported()
    {
        var path = System.IO.Path.Combine(folder, "none.json");
        var result = BaselineFile.Read(path);
        Assert.Multiple(() =>
        {
            Assert.That(result.Baseline, Is.Null);
            Assert.That(result.Diagnostics.Single(), Is.EqualTo(new Diagnostic(RuleCatalog.InvalidConfiguration, path, new SourceSpan(1, 1, 1, 1), $"Baseline file '{path}' does not exist.")));
        });
    }

    private static BaselineReadResult Parse(string json) => BaselineFile.Parse(Encoding.UTF8.GetBytes(json.Replace("\r\n", "\n")), Path);

    private static Diagnostic[] Findings() => new[]
    {
        new Diagnostic(RuleCatalog.ImageTagMissingOrLatest, "/repo/src/Dockerfile", new SourceSpan(1, 6, 1, 19), "'python:latest' floats.") { Evidence = "python:latest" },
        new Diagnostic(RuleCatalog.HardcodedCredential, "/repo/deploy/compose.yaml", new SourceSpan(9, 7, 9, 30), "Credential 'DB_PASSWORD=hu*****' is hard-coded.") { Evidence = "DB_PASSWORD=hu*****" },
        new Diagnostic(RuleCatalog.InvalidConfiguration, "/repo/.editorconfig", new SourceSpan(2, 1, 2, 5), "Bad severity."),
        new Diagnostic(RuleCatalog.UnnecessarySuppression, "/repo/src/Dockerfile", new SourceSpan(3, 1, 3, 5), "Unnecessary."),
    };
}
