using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using DockerSecurity.Testing;

namespace DockerSecurity.IntegrationTests;

/// <summary>
/// Adopting the check in a project that already has findings, with three real builds of one consumer:
/// a plain build (inline suppressions), `dotnet build -p:DockerSecurityUpdateBaseline=true`, then a build
/// after an edit that shifts every line and adds a new offending instruction. Each test reads those builds.
/// </summary>
[TestFixture]
public class AdoptionTests
{
    private const string Secret = "hunter2hunter2";
    private const string InlineJustification = "the platform team pins this image";

    private const string Before = $"""
        FROM python:latest AS deps
        RUN pip install flask
        # dks-ignore DKS1001 -- {InlineJustification}
        FROM node:latest AS assets
        # hadolint ignore=DL3007
        FROM nginx:latest AS web
        ENV DB_PASSWORD={Secret}
        FROM alpine:3.20
        USER app

        """;

    // A line above everything, a new offending FROM, and DKS1002 fixed (so its baseline entry is stale).
    private const string After = $"""
        # syntax=docker/dockerfile:1
        FROM python:latest AS deps
        RUN pip install flask
        # dks-ignore DKS1001 -- {InlineJustification}
        FROM node:latest AS assets
        # hadolint ignore=DL3007
        FROM nginx:latest AS web
        ENV DB_PASSWORD={Secret}
        FROM redis:latest AS cache
        FROM alpine:3.20.3
        USER app

        """;

    private ConsumerProject project = null!;
    private BuildOutput first = null!;
    private BuildOutput update = null!;
    private string baselineText = "";
    private BuildOutput last = null!;

    private string BaselinePath => Path.Combine(project.ProjectDirectory, ".dockersecurity-baseline.json");

    private string SarifPath => Path.Combine(project.ProjectDirectory, "obj", "Debug", "net10.0", "DockerSecurity.sarif");

    [OneTimeSetUp]
    public void BuildThreeTimes()
    {
        project = new ConsumerProject("Adoption");
        project.Write("Dockerfile", Before);
        first = project.Build();
        update = project.Build("--no-restore", "-p:DockerSecurityUpdateBaseline=true");
        baselineText = File.Exists(BaselinePath) ? File.ReadAllText(BaselinePath) : "";
        project.Write("Dockerfile", After);
        last = project.Build("--no-restore");
    }

    [Test]
    public void Dks_ignore_silences_exactly_its_target_and_the_other_DKS1001_in_the_file_stays()
    {
        Assert.That(first.ExitCode, Is.EqualTo(0), first.ToString);
        Assert.That(Lines(first, "DKS1001"), Is.EqualTo(new[]
        {
            project.ExpectedLine("Dockerfile", "warning", "DKS1001", (1, 6, 1, 19), "'python:latest' uses the 'latest' tag, which changes without notice: pin a full version tag"),
        }), first.ToString);
    }

    [Test]
    public void Hadolint_ignore_of_DL3007_silences_DKS1001()
    {
        Assert.That(first.Findings.Where(line => line.Contains("Dockerfile(6,")), Is.Empty, first.ToString);
    }

    [Test]
    public void Update_writes_the_baseline_of_what_is_not_suppressed_reports_nothing_and_says_so()
    {
        var entries = Entries();

        Assert.Multiple(() =>
        {
            Assert.That(update.ExitCode, Is.EqualTo(0), update.ToString);
            Assert.That(update.Findings, Is.Empty, update.ToString);
            Assert.That(
                update.Process.Lines.Select(line => line.Trim()).Where(line => line.StartsWith("DockerSecurity.Build: wrote", StringComparison.Ordinal)),
                Is.EqualTo(new[] { $"DockerSecurity.Build: wrote {entries.Length} finding(s) to {BaselinePath}" }),
                update.ToString);
            Assert.That(entries.Select(e => (e.RuleId, e.File)), Does.Contain(("DKS1001", "Dockerfile")).And.Contains(("DKS1002", "Dockerfile")).And.Contains(("DKS5001", "Dockerfile")));
            Assert.That(entries.Where(e => e.RuleId == "DKS1001").Select(e => e.Message), Has.All.Contains("python:latest"), "inline-suppressed findings are not baselined");
            var keys = entries.Select(e => e.File + "\n" + e.RuleId + "\n" + e.Fingerprint).ToList();
            Assert.That(keys, Is.EqualTo(keys.OrderBy(key => key, StringComparer.Ordinal)), "sorted by file, rule ID, fingerprint");
            Assert.That(baselineText, Does.EndWith("}\n").And.Not.Contains("\r"));
        });
    }

    [Test]
    public void Baseline_hides_old_findings_after_a_line_shift_but_not_a_new_one()
    {
        Assert.Multiple(() =>
        {
            Assert.That(last.ExitCode, Is.EqualTo(0), last.ToString);
            Assert.That(Lines(last, "DKS1001"), Is.EqualTo(new[]
            {
                project.ExpectedLine("Dockerfile", "warning", "DKS1001", (9, 6, 9, 18), "'redis:latest' uses the 'latest' tag, which changes without notice: pin a full version tag"),
            }), last.ToString);
            Assert.That(Lines(last, "DKS5001"), Is.Empty, last.ToString);
            Assert.That(Lines(last, "DKS1002"), Is.Empty, last.ToString);
        });
    }

    [Test]
    public void Stale_baseline_entry_is_a_DKS0006_suggestion_at_the_entry()
    {
        var lines = baselineText.Split('\n');
        var ruleLine = Array.FindIndex(lines, line => line.Contains("\"ruleId\": \"DKS1002\"", StringComparison.Ordinal));
        Assert.That(ruleLine, Is.GreaterThan(0), baselineText);
        var start = ruleLine; // the '{' one line above, 1-based
        var end = Array.FindIndex(lines, ruleLine, line => line.TrimStart().StartsWith('}')) + 1;

        Assert.That(Lines(last, "DKS0006"), Is.EqualTo(new[]
        {
            $"{BaselinePath}({start},5,{end},6): message DKS0006: Baseline entry DKS1002 for 'Dockerfile' matches no current finding (fixed, or changed so its fingerprint differs): remove the entry or regenerate the baseline. [{project.ProjectPath}]",
        }), last.ToString);
    }

    [Test]
    public void Sarif_of_the_build_validates_with_zero_errors()
    {
        Assert.That(File.Exists(SarifPath), Is.True, last.ToString);

        SarifValidator.Validate(SarifPath).AssertValid();
    }

    [Test]
    public void Sarif_holds_the_suppressed_results_with_kind_and_justification()
    {
        using var log = JsonDocument.Parse(File.ReadAllBytes(SarifPath));
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString() == "DKS1001")
            .ToDictionary(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());

        Assert.That(results.Keys, Is.EquivalentTo(new[] { 2, 5, 7, 9 }));
        Assert.Multiple(() =>
        {
            var inline = results[5].GetProperty("suppressions")[0];
            Assert.That(inline.GetProperty("kind").GetString(), Is.EqualTo("inSource"));
            Assert.That(inline.GetProperty("justification").GetString(), Is.EqualTo(InlineJustification));
            Assert.That(results[7].GetProperty("suppressions")[0].GetProperty("kind").GetString(), Is.EqualTo("inSource"), "hadolint ignore");
            var baselined = results[2].GetProperty("suppressions")[0];
            Assert.That(baselined.GetProperty("kind").GetString(), Is.EqualTo("external"));
            Assert.That(baselined.GetProperty("justification").GetString(), Does.StartWith("Accepted in the baseline"));
            Assert.That(results[9].TryGetProperty("suppressions", out _), Is.False, "the new finding is not suppressed");
        });
    }

    /// <summary>Whichever rule reports the ENV line (a secrets rule, or none yet), its value is never printed nor written.</summary>
    [Test]
    public void Secret_value_appears_in_no_output_log_or_baseline()
    {
        Assert.Multiple(() =>
        {
            Assert.That(first.Process.Output, Does.Not.Contain(Secret));
            Assert.That(update.Process.Output, Does.Not.Contain(Secret));
            Assert.That(last.Process.Output, Does.Not.Contain(Secret));
            Assert.That(File.ReadAllText(SarifPath), Does.Not.Contain(Secret));
            Assert.That(baselineText, Does.Not.Contain(Secret));
        });
    }

    private static string[] Lines(BuildOutput build, string code) =>
        build.Findings.Where(line => line.Contains($" {code}: ", StringComparison.Ordinal)).ToArray();

    private (string RuleId, string File, string Fingerprint, string Message)[] Entries()
    {
        Assert.That(baselineText, Is.Not.Empty, "no baseline was written:\n" + update);
        using var json = JsonDocument.Parse(baselineText);
        Assert.That(json.RootElement.GetProperty("version").GetInt32(), Is.EqualTo(1));
        return json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(e => (e.GetProperty("ruleId").GetString()!, e.GetProperty("file").GetString()!, e.GetProperty("fingerprint").GetString()!, e.GetProperty("message").GetString()!))
            .ToArray();
    }
}
