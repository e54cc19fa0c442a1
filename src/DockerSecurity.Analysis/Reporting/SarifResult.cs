using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Configuration;

namespace DockerSecurity.Analysis.Reporting;

/// <summary>One finding for SARIF, with its suppressions (inline comments, baseline).</summary>
public sealed record SarifResult(Diagnostic Diagnostic)
{
    /// <summary>
    /// The baseline fingerprint, written as <c>partialFingerprints["dockerSecurity/v1"]</c>. Null:
    /// the writer computes it over all results of the log, as <see cref="BaselineFingerprint.Assign"/> does.
    /// </summary>
    public string? Fingerprint { get; init; }

    public IReadOnlyList<Suppression> Suppressions { get; init; } = Array.Empty<Suppression>();
}
