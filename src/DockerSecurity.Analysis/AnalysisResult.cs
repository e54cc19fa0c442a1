using System.Collections.Generic;
using DockerSecurity.Analysis.Reporting;

namespace DockerSecurity.Analysis;

/// <summary>The findings of one analysis, with effective severities, in file then position order.</summary>
public sealed class AnalysisResult
{
    public AnalysisResult(IReadOnlyList<Diagnostic> diagnostics)
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every finding whose effective severity is not None (Silent ones included: SARIF wants them).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
