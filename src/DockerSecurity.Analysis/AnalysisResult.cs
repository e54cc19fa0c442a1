using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Reporting;

namespace DockerSecurity.Analysis;

/// <summary>The findings of one analysis, with effective severities, in file then position order.</summary>
public sealed class AnalysisResult
{
    public AnalysisResult(IReadOnlyList<Diagnostic> diagnostics, int? baselineEntriesWritten = null)
    {
        Diagnostics = diagnostics;
        Reported = diagnostics.Where(d => !d.IsSuppressed).ToList();
        BaselineEntriesWritten = baselineEntriesWritten;
    }

    /// <summary>Every finding whose effective severity is not None, suppressed ones included (SARIF shows them).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The findings to report: not suppressed inline nor by the baseline.</summary>
    public IReadOnlyList<Diagnostic> Reported { get; }

    /// <summary>How many entries the baseline got, when the analysis updated it; null otherwise, or when it could not be written.</summary>
    public int? BaselineEntriesWritten { get; }
}
