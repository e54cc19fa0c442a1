using System;
using System.Linq;

namespace DockerSecurity.Build;

/// <summary>
/// <c>DockerSecurityAnalysisMode</c>: which preset global config (build/config/DockerSecurity.&lt;Mode&gt;.globalconfig)
/// the targets pass, like .NET's <c>AnalysisMode</c>. The targets pick the file; the task only says when the value is unknown.
/// </summary>
internal static class AnalysisModes
{
    public const string Default = "Recommended";

    public static readonly string[] Known = { "Minimum", Default, "All" };

    /// <summary>True for an empty value (the default applies) and, case-insensitively as MSBuild compares, for a known mode.</summary>
    public static bool IsKnown(string? value) =>
        string.IsNullOrWhiteSpace(value) || Known.Any(mode => string.Equals(mode, value!.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string UnknownMessage(string value) =>
        $"DockerSecurityAnalysisMode '{value}' is not known: use {string.Join(", ", Known.Take(Known.Length - 1))} or {Known[Known.Length - 1]}. The default, {Default}, applies.";
}
