using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Reporting;

/// <summary>
/// Writes SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. The output depends on the
/// input only (no timestamps, no machine names beyond the repository root): rules in ID order,
/// results in file, position, rule order; UTF-8 without BOM, 2-space indentation, LF line ends.
/// Only messages are written, never <see cref="Diagnostic.Evidence"/>.
/// </summary>
public static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The <c>partialFingerprints</c> key holding the baseline fingerprint.</summary>
    public const string FingerprintKey = "dockerSecurity/v1";

    private static readonly Regex SemanticVersion = new(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant);

    public static void Write(Stream stream, SarifLog log)
    {
        var bytes = ToUtf8(log);
        stream.Write(bytes, 0, bytes.Length);
    }

    public static byte[] ToUtf8(SarifLog log)
    {
        var rules = log.Rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var results = Prepare(log);

        return CanonicalJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, log, rules);
            if (log.RepositoryRoot is not null)
            {
                json.WriteStartObject("originalUriBaseIds");
                json.WriteStartObject(SarifArtifactUri.SourceRootBaseId);
                json.WriteString("uri", SarifArtifactUri.RootUri(log.RepositoryRoot));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteStartArray("results");
            foreach (var result in results)
            {
                WriteResult(json, log, result, ruleIndex);
            }

            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>
    /// The baseline's fingerprint of each result. The baseline numbers identical findings among those no
    /// inline comment suppresses, so those are numbered apart from the inline-suppressed ones: a finding
    /// then has the same identity in code scanning as in the baseline file.
    /// </summary>
    private static string[] Fingerprints(IReadOnlyList<SarifResult> results, string? repositoryRoot)
    {
        var fingerprints = new string[results.Count];
        foreach (var inSource in new[] { false, true })
        {
            var indexes = Enumerable.Range(0, results.Count).Where(i => IsSuppressedInSource(results[i]) == inSource).ToList();
            var assigned = BaselineFingerprint.Assign(indexes.Select(i => results[i].Diagnostic), repositoryRoot);
            for (var k = 0; k < indexes.Count; k++)
            {
                fingerprints[indexes[k]] = assigned[k].Fingerprint;
            }
        }

        return fingerprints;
    }

    private static bool IsSuppressedInSource(SarifResult result) =>
        result.Suppressions.Any(s => s.Kind == SuppressionKind.InSource) || result.Diagnostic.Suppression?.Kind == SuppressionKind.InSource;

    private static List<(SarifResult Result, string Fingerprint, string? Uri, string? UriBaseId)> Prepare(SarifLog log)
    {
        var kept = log.Results.Where(r => r.Diagnostic.Severity != DiagnosticSeverity.None).ToList();
        var computed = Fingerprints(kept, log.RepositoryRoot);
        return kept
            .Select((r, i) =>
            {
                var (uri, baseId) = r.Diagnostic.FilePath.Length == 0
                    ? (null, null)
                    : SarifArtifactUri.For(r.Diagnostic.FilePath, log.RepositoryRoot);
                return (Result: r, Fingerprint: r.Fingerprint ?? computed[i], Uri: uri, UriBaseId: baseId);
            })
            .OrderBy(r => r.Uri ?? "", StringComparer.Ordinal)
            .ThenBy(r => r.Result.Diagnostic.Span.Start)
            .ThenBy(r => r.Result.Diagnostic.Span.End)
            .ThenBy(r => r.Result.Diagnostic.Id, StringComparer.Ordinal)
            .ThenBy(r => r.Result.Diagnostic.Message, StringComparer.Ordinal)
            .ToList();
    }

    private static void WriteTool(Utf8JsonWriter json, SarifLog log, IReadOnlyList<RuleDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", log.ToolName);
        if (log.ToolVersion.Length > 0)
        {
            json.WriteString("version", log.ToolVersion);
            if (SemanticVersion.IsMatch(log.ToolVersion))
            {
                json.WriteString("semanticVersion", log.ToolVersion);
            }
        }

        json.WriteString("informationUri", log.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Name);
        WriteMessage(json, "shortDescription", rule.Title);
        WriteMessage(json, "fullDescription", AsSentence(rule.Title));
        json.WriteString("helpUri", rule.HelpLink);
        json.WriteStartObject("help");
        json.WriteString("text", $"See {rule.HelpLink} for the cause, how to fix it and how to suppress it.");
        json.WriteString("markdown", $"See [{rule.Id}: {rule.Name}]({rule.HelpLink}) for the cause, how to fix it and how to suppress it.");
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        if (rule.DefaultSeverity == DiagnosticSeverity.None)
        {
            json.WriteBoolean("enabled", false);
        }

        json.WriteString("level", SarifLevel.For(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue(rule.Category);
        json.WriteStringValue("security");
        json.WriteEndArray();
        var securitySeverity = SarifLevel.SecuritySeverity(rule.DefaultSeverity);
        if (securitySeverity is not null)
        {
            json.WriteString("security-severity", securitySeverity);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(
        Utf8JsonWriter json,
        SarifLog log,
        (SarifResult Result, string Fingerprint, string? Uri, string? UriBaseId) item,
        IReadOnlyDictionary<string, int> ruleIndex)
    {
        var diagnostic = item.Result.Diagnostic;
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        if (ruleIndex.TryGetValue(diagnostic.Id, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", SarifLevel.For(diagnostic.Severity));
        WriteMessage(json, "message", diagnostic.Message);
        if (item.Uri is not null)
        {
            json.WriteStartArray("locations");
            WriteLocation(json, item.Uri, item.UriBaseId, diagnostic.Span);
            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, item.Fingerprint);
        json.WriteEndObject();
        if (item.Result.Suppressions.Count > 0)
        {
            json.WriteStartArray("suppressions");
            foreach (var suppression in item.Result.Suppressions)
            {
                WriteSuppression(json, log, suppression);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteSuppression(Utf8JsonWriter json, SarifLog log, Suppression suppression)
    {
        json.WriteStartObject();
        json.WriteString("kind", suppression.Kind == SuppressionKind.InSource ? "inSource" : "external");
        json.WriteString("status", "accepted");
        if (!string.IsNullOrEmpty(suppression.Justification))
        {
            json.WriteString("justification", suppression.Justification);
        }

        if (!string.IsNullOrEmpty(suppression.FilePath))
        {
            var (uri, baseId) = SarifArtifactUri.For(suppression.FilePath!, log.RepositoryRoot);
            json.WritePropertyName("location");
            WriteLocation(json, uri, baseId, suppression.Span);
        }

        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, string uri, string? uriBaseId, SourceSpan? span)
    {
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        if (uriBaseId is not null)
        {
            json.WriteString("uriBaseId", uriBaseId);
        }

        json.WriteEndObject();
        if (span is { StartLine: >= 1 } region)
        {
            WriteRegion(json, region);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Our spans already use SARIF's convention (1-based, end column exclusive); nonsense ends are left out.</summary>
    private static void WriteRegion(Utf8JsonWriter json, SourceSpan span)
    {
        json.WriteStartObject("region");
        json.WriteNumber("startLine", span.StartLine);
        var hasStartColumn = span.StartColumn >= 1;
        if (hasStartColumn)
        {
            json.WriteNumber("startColumn", span.StartColumn);
        }

        var endValid = span.EndLine > span.StartLine
            || (span.EndLine == span.StartLine && (!hasStartColumn || span.EndColumn >= span.StartColumn));
        if (endValid)
        {
            json.WriteNumber("endLine", span.EndLine);
            if (span.EndColumn >= 1 && hasStartColumn)
            {
                json.WriteNumber("endColumn", span.EndColumn);
            }
        }

        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string AsSentence(string text) =>
        text.Length > 0 && ".!?".IndexOf(text[text.Length - 1]) < 0 ? text + "." : text;
}
