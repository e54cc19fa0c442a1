using System;
using System.Collections.Generic;

namespace DockerSecurity.Build;

/// <summary>
/// Reads list-valued MSBuild properties (<c>NoWarn</c>, <c>DockerSecurityTrustedRegistries</c>, ...)
/// the way the compiler reads <c>/nowarn</c>: items separated by <c>;</c>, <c>,</c> or white space.
/// </summary>
internal static class PropertyList
{
    private static readonly char[] Separators = { ';', ',', ' ', '\t', '\r', '\n' };

    /// <summary>The non-empty, trimmed entries in order, each once (first occurrence wins).</summary>
    public static IReadOnlyList<string> Split(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Array.Empty<string>();
        }

        var entries = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in value!.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (seen.Add(entry))
            {
                entries.Add(entry);
            }
        }

        return entries;
    }
}
