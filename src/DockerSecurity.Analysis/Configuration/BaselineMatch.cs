using System.Collections.Generic;
using DockerSecurity.Analysis.Reporting;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>The findings split by a baseline, in the order they were given.</summary>
public sealed class BaselineMatch
{
    public BaselineMatch(
        IReadOnlyList<BaselineFinding> newFindings,
        IReadOnlyList<BaselineFinding> baselined,
        IReadOnlyList<BaselineEntry> staleEntries,
        IReadOnlyList<Diagnostic> staleDiagnostics)
    {
        New = newFindings;
        Baselined = baselined;
        StaleEntries = staleEntries;
        StaleDiagnostics = staleDiagnostics;
    }

    /// <summary>Findings no entry accepts: report them.</summary>
    public IReadOnlyList<BaselineFinding> New { get; }

    /// <summary>Findings an entry accepts, each with an external <see cref="BaselineFinding.Suppression"/>: SARIF only.</summary>
    public IReadOnlyList<BaselineFinding> Baselined { get; }

    /// <summary>Entries for analysed files that matched no finding, in baseline order.</summary>
    public IReadOnlyList<BaselineEntry> StaleEntries { get; }

    /// <summary>DKS0006 for each stale entry, located at the entry in the baseline file.</summary>
    public IReadOnlyList<Diagnostic> StaleDiagnostics { get; }
}
