using System.Collections.Generic;
using DockerSecurity.Analysis.Reporting;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// What reading a baseline file gave: the baseline (null when the file could not be used at all,
/// which means every finding is new) and DKS0005 for each problem found, at its position.
/// </summary>
public sealed class BaselineReadResult
{
    public BaselineReadResult(Baseline? baseline, IReadOnlyList<Diagnostic> diagnostics)
    {
        Baseline = baseline;
        Diagnostics = diagnostics;
    }

    public Baseline? Baseline { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
