using System;
using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>Splits findings into new and baselined, and finds the entries that no longer match anything.</summary>
public static class BaselineMatcher
{
    /// <summary>
    /// Each entry accepts at most one finding with the same rule ID, file and fingerprint. When
    /// <paramref name="analyzedFiles"/> is given, only entries for those files can be stale, so one
    /// baseline at the repository root can serve several projects that each check their own files.
    /// </summary>
    /// <summary>The SARIF justification of a finding the baseline accepts.</summary>
    public static string JustificationFor(string baselinePath) => $"Accepted in the baseline '{System.IO.Path.GetFileName(baselinePath)}'.";

    public static BaselineMatch Match(
        IEnumerable<Diagnostic> diagnostics,
        Baseline baseline,
        string? repositoryRoot,
        IEnumerable<string>? analyzedFiles = null)
    {
        var baselinePath = baseline.Path ?? Baseline.DefaultFileName;
        var justification = JustificationFor(baselinePath);
        var open = new Dictionary<(string, string, string), Queue<BaselineEntry>>();
        foreach (var entry in baseline.Entries)
        {
            var key = (entry.RuleId, entry.File, entry.Fingerprint);
            if (!open.TryGetValue(key, out var queue))
            {
                open[key] = queue = new Queue<BaselineEntry>();
            }

            queue.Enqueue(entry);
        }

        var newFindings = new List<BaselineFinding>();
        var baselined = new List<BaselineFinding>();
        var used = new HashSet<BaselineEntry>(ReferenceEqualityComparer.Instance);
        foreach (var finding in BaselineFingerprint.Assign(diagnostics, repositoryRoot))
        {
            if (Baseline.CanBaseline(finding.Diagnostic.Descriptor)
                && open.TryGetValue((finding.Diagnostic.Id, finding.File, finding.Fingerprint), out var queue)
                && queue.Count > 0)
            {
                var entry = queue.Dequeue();
                used.Add(entry);
                baselined.Add(finding with
                {
                    Suppression = new Suppression(SuppressionKind.External, justification, baselinePath, entry.Span),
                });
            }
            else
            {
                newFindings.Add(finding);
            }
        }

        var analyzed = analyzedFiles is null
            ? null
            : new HashSet<string>(analyzedFiles.Select(f => RepositoryPath.ForDisplay(f, repositoryRoot)), StringComparer.Ordinal);
        var stale = baseline.Entries
            .Where(e => !used.Contains(e) && (analyzed is null || analyzed.Contains(e.File)))
            .ToList();
        var staleDiagnostics = stale
            .Select(e => new Diagnostic(
                RuleCatalog.UnnecessarySuppression,
                baselinePath,
                e.Span ?? ConfigurationProblem.WholeFile,
                $"Baseline entry {e.RuleId} for '{e.File}' matches no current finding (fixed, or changed so its fingerprint differs): remove the entry or regenerate the baseline."))
            .ToList();
        return new BaselineMatch(newFindings, baselined, stale, staleDiagnostics);
    }

    private sealed class ReferenceEqualityComparer : IEqualityComparer<BaselineEntry>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(BaselineEntry? x, BaselineEntry? y) => ReferenceEquals(x, y);

        public int GetHashCode(BaselineEntry obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
