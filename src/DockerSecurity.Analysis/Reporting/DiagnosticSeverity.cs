namespace DockerSecurity.Analysis.Reporting;

/// <summary>
/// Severities as .editorconfig names them. Error and Warning become MSBuild errors and warnings,
/// Suggestion a high-importance message, Silent appears only in the SARIF file, None is off.
/// </summary>
public enum DiagnosticSeverity
{
    None = 0,
    Silent = 1,
    Suggestion = 2,
    Warning = 3,
    Error = 4,
}
