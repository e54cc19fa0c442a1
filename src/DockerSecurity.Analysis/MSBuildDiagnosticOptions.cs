using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis;

/// <summary>The MSBuild properties that act on compiler warnings, which act on our findings the same way.</summary>
public sealed class MSBuildDiagnosticOptions
{
    public static readonly MSBuildDiagnosticOptions Default = new();

    public IReadOnlyCollection<string> NoWarn { get; init; } = Array.Empty<string>();

    public IReadOnlyCollection<string> WarningsAsErrors { get; init; } = Array.Empty<string>();

    public IReadOnlyCollection<string> WarningsNotAsErrors { get; init; } = Array.Empty<string>();

    public bool TreatWarningsAsErrors { get; init; }
}
