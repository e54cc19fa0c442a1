using System;
using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Rules;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>The configuration keys that set severities, and which of them concern our rules.</summary>
public static class DiagnosticOptionKeys
{
    public const string DiagnosticPrefix = "dotnet_diagnostic.";
    public const string SeveritySuffix = ".severity";

    /// <summary><c>dotnet_analyzer_diagnostic.severity</c>: every rule that is on by default.</summary>
    public const string AllRules = "dotnet_analyzer_diagnostic.severity";

    public const string CategoryPrefix = "dotnet_analyzer_diagnostic.category-";

    public const string RuleIdPrefix = "DKS";

    // Category names as declared, found case-insensitively (keys are lower-cased when read).
    private static readonly Dictionary<string, string> OurCategories = RuleCatalog.All
        .Select(d => d.Category)
        .Distinct(StringComparer.Ordinal)
        .ToDictionary(c => c, c => c, StringComparer.OrdinalIgnoreCase);

    public static string ForRule(string id) => DiagnosticPrefix + id + SeveritySuffix;

    public static string ForCategory(string category) => CategoryPrefix + category + SeveritySuffix;

    /// <summary>
    /// The rule ID of a <c>dotnet_diagnostic.&lt;ID&gt;.severity</c> key, as Roslyn cuts it: prefix and
    /// suffix may not overlap (<c>dotnet_diagnostic.severity</c> has no ID) but the ID may be empty.
    /// </summary>
    public static bool TryGetRuleId(string key, out string id)
    {
        id = "";
        if (!key.StartsWith(DiagnosticPrefix, StringComparison.OrdinalIgnoreCase) ||
            !key.EndsWith(SeveritySuffix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var length = key.Length - DiagnosticPrefix.Length - SeveritySuffix.Length;
        if (length < 0)
        {
            return false;
        }

        id = key.Substring(DiagnosticPrefix.Length, length);
        return true;
    }

    /// <summary>
    /// True for keys this tool reads: a DKS rule's severity, the all-rules key, or the key of one of
    /// our categories. Problems with other keys belong to the tools that read them (the compiler
    /// already warns about C# ones), so we stay quiet about those.
    /// </summary>
    public static bool ConcernsUs(string key)
    {
        if (TryGetRuleId(key, out var id))
        {
            return IsOurRuleId(id);
        }

        if (string.Equals(key, AllRules, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return TryGetCategory(key, out var category) && OurCategories.ContainsKey(category);
    }

    /// <summary>A (lower-cased) key as a user would write it: rule IDs upper case, our categories as declared.</summary>
    public static string Display(string key)
    {
        if (TryGetRuleId(key, out var id))
        {
            return ForRule(id.ToUpperInvariant());
        }

        if (TryGetCategory(key, out var category) && OurCategories.TryGetValue(category, out var declared))
        {
            return ForCategory(declared);
        }

        return key;
    }

    public static bool IsOurRuleId(string id) => id.StartsWith(RuleIdPrefix, StringComparison.OrdinalIgnoreCase);

    private static bool TryGetCategory(string key, out string category)
    {
        category = "";
        if (!key.StartsWith(CategoryPrefix, StringComparison.OrdinalIgnoreCase) ||
            !key.EndsWith(SeveritySuffix, StringComparison.OrdinalIgnoreCase) ||
            key.Length < CategoryPrefix.Length + SeveritySuffix.Length)
        {
            return false;
        }

        category = key.Substring(CategoryPrefix.Length, key.Length - CategoryPrefix.Length - SeveritySuffix.Length);
        return true;
    }
}
