namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// A severity as configuration states it (Roslyn's <c>ReportDiagnostic</c>): a concrete severity,
/// <see cref="None"/> (off), or <see cref="Default"/> (whatever the rule declares).
/// </summary>
public enum SeveritySetting
{
    Default = 0,
    None,
    Silent,
    Suggestion,
    Warning,
    Error,
}
