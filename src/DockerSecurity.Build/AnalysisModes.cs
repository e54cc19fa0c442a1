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

    /// <summary>True for an empty value (no preset: the defaults apply) and for a known mode, compared as the targets compare it: case-insensitively, untrimmed.</summary>
    public static bool IsKnown(string? value) =>
        string.IsNullOrWhiteSpace(value) || Known.Any(mode => string.Equals(mode, value, StringComparison.OrdinalIgnoreCase));

    public static string UnknownMessage(string value) =>
        $"DockerSecurityAnalysisMode '{value}' is not known: use {string.Join(", ", Known.Take(Known.Length - 1))} or {Known[Known.Length - 1]}. The default, {Default}, applies.";
}
