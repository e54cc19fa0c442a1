using System.Globalization;

namespace DockerSecurity.Analysis.Reporting;

/// <summary>How severities appear in SARIF.</summary>
public static class SarifLevel
{
    /// <summary>
    /// SARIF <c>level</c>: error, warning, note (Suggestion) and none (Silent and None: SARIF's
    /// "none" means the result is not a problem to act on, which is what Silent says).
    /// </summary>
    public static string For(DiagnosticSeverity severity) =>
        severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Suggestion => "note",
            _ => "none",
        };

    /// <summary>
    /// GitHub code scanning's <c>security-severity</c> (0.0-10.0, as a string) from a rule's default
    /// severity, placing Error in "high" (8.0), Warning in "medium" (5.0), Suggestion (3.0) and
    /// Silent (1.0) in "low". Null for a rule that is off by default.
    /// </summary>
    public static string? SecuritySeverity(DiagnosticSeverity severity)
    {
        double? score = severity switch
        {
            DiagnosticSeverity.Error => 8.0,
            DiagnosticSeverity.Warning => 5.0,
            DiagnosticSeverity.Suggestion => 3.0,
            DiagnosticSeverity.Silent => 1.0,
            _ => null,
        };
        return score?.ToString("0.0", CultureInfo.InvariantCulture);
    }
}
