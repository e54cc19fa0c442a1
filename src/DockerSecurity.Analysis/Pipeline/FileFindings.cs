using System.Collections.Generic;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Reporting;

namespace DockerSecurity.Analysis.Pipeline;

/// <summary>What the rules found in one file, and the inline suppressions written in it.</summary>
internal sealed class FileFindings
{
    public FileFindings(IReadOnlyList<Diagnostic> diagnostics, SuppressionSet? suppressions)
    {
        Diagnostics = diagnostics;
        Suppressions = suppressions;
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Null when the file could not be parsed: then there is nothing to attach a comment to.</summary>
    public SuppressionSet? Suppressions { get; }
}
