using System;
using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// Accepted findings, committed to the repository so that only new findings are reported. The file
/// (<see cref="DefaultFileName"/>) is described in <see cref="BaselineFile"/>. Entries are kept sorted
/// by file, rule ID and fingerprint (ordinal), which is also the order they are written in.
/// </summary>
public sealed class Baseline
{
    public const string DefaultFileName = ".dockersecurity-baseline.json";

    public const int CurrentVersion = 1;

    public static readonly Baseline Empty = new(Array.Empty<BaselineEntry>());

    public Baseline(IEnumerable<BaselineEntry> entries, string? path = null)
    {
        Entries = entries
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ThenBy(e => e.Message, StringComparer.Ordinal)
            .ToList();
        Path = path;
    }

    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>The file it was read from; null for a baseline built in memory.</summary>
    public string? Path { get; }

    /// <summary>A baseline accepting every finding in <paramref name="diagnostics"/> that can be baselined.</summary>
    public static Baseline Create(IEnumerable<Diagnostic> diagnostics, string? repositoryRoot) =>
        new(BaselineFingerprint.Assign(diagnostics, repositoryRoot)
            .Where(f => CanBaseline(f.Diagnostic.Descriptor))
            .Select(f => new BaselineEntry(f.Diagnostic.Id, f.File, f.Fingerprint, f.Diagnostic.Message)));

    /// <summary>
    /// DKS0005 (invalid configuration) and DKS0006 (unnecessary suppression) are about the
    /// configuration itself, so accepting them would hide the problem the baseline depends on.
    /// </summary>
    public static bool CanBaseline(RuleDescriptor descriptor) =>
        descriptor != RuleCatalog.InvalidConfiguration && descriptor != RuleCatalog.UnnecessarySuppression;
}
