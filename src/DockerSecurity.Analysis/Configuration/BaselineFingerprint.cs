using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// A finding's identity that survives line shifts and unrelated edits: the first 16 bytes of
/// SHA-256, as 32 lower-case hex digits, over the UTF-8 of
/// <c>ruleId \n file \n evidence \n occurrence</c>, where file is repository-relative with forward
/// slashes, evidence is <see cref="Diagnostic.Evidence"/> (else the message) with every whitespace
/// run collapsed to one space and trimmed, and occurrence counts (from 0) earlier findings of the
/// same rule, file and evidence in position order. No line or column goes in.
/// </summary>
public static class BaselineFingerprint
{
    /// <summary>Fingerprints every diagnostic; the list is in the input order.</summary>
    public static IReadOnlyList<BaselineFinding> Assign(IEnumerable<Diagnostic> diagnostics, string? repositoryRoot)
    {
        var items = diagnostics
            .Select((d, index) => (Diagnostic: d, Index: index, File: RepositoryPath.ForDisplay(d.FilePath, repositoryRoot), Evidence: NormalizeEvidence(d.Evidence ?? d.Message)))
            .ToList();
        var fingerprints = new string[items.Count];
        using var sha = SHA256.Create();
        foreach (var group in items.GroupBy(i => (Rule: i.Diagnostic.Id.ToUpperInvariant(), i.File, i.Evidence)))
        {
            var occurrence = 0;
            foreach (var item in group.OrderBy(i => i.Diagnostic.Span.Start).ThenBy(i => i.Diagnostic.Span.End).ThenBy(i => i.Index))
            {
                fingerprints[item.Index] = Compute(sha, group.Key.Rule, group.Key.File, group.Key.Evidence, occurrence++);
            }
        }

        return items.Select(i => new BaselineFinding(i.Diagnostic, i.File, fingerprints[i.Index])).ToList();
    }

    /// <summary>The fingerprint of one finding; <paramref name="evidence"/> must already be normalised.</summary>
    public static string Compute(string ruleId, string file, string evidence, int occurrence)
    {
        using var sha = SHA256.Create();
        return Compute(sha, ruleId, file, evidence, occurrence);
    }

    private static string Compute(SHA256 sha, string ruleId, string file, string evidence, int occurrence)
    {
        var input = ruleId + "\n" + file + "\n" + evidence + "\n" + occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(input));
        var hex = new StringBuilder(32);
        for (var i = 0; i < 16; i++)
        {
            hex.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    /// <summary>Whitespace runs (line breaks, indentation, continuations' spacing) become one space; ends trimmed.</summary>
    public static string NormalizeEvidence(string evidence)
    {
        var builder = new StringBuilder(evidence.Length);
        var pendingSpace = false;
        foreach (var c in evidence)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
