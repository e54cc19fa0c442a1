using System.Collections.Generic;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// The configuration that applies to one file (or, for <see cref="AnalyzerConfigSet.GlobalConfigOptions"/>,
/// to all files): Roslyn's tree options and analyzer options.
/// </summary>
public sealed class AnalyzerConfigOptionsResult
{
    internal AnalyzerConfigOptionsResult(IReadOnlyDictionary<string, SeveritySetting> severities, IReadOnlyDictionary<string, string> properties)
    {
        Severities = severities;
        Properties = properties;
    }

    /// <summary>Valid <c>dotnet_diagnostic.&lt;ID&gt;.severity</c> settings, by rule ID (case-insensitive).</summary>
    public IReadOnlyDictionary<string, SeveritySetting> Severities { get; }

    /// <summary>Every other key (lower-cased) with its raw value, including the <c>dotnet_analyzer_diagnostic</c> keys.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; }
}
