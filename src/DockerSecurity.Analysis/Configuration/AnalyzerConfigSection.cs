using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// A <c>[name]</c> section and its properties, or the unnamed preamble before the first section
/// (<see cref="Name"/> is empty). Names are case-sensitive; property keys are not.
/// </summary>
public sealed class AnalyzerConfigSection
{
    public static readonly StringComparer KeyComparer = StringComparer.OrdinalIgnoreCase;

    internal AnalyzerConfigSection(string name, SourceSpan nameSpan, IReadOnlyDictionary<string, AnalyzerConfigProperty> properties)
    {
        Name = name;
        NameSpan = nameSpan;
        Properties = properties;
    }

    /// <summary>The name as written between the brackets (escapes kept); empty for the preamble.</summary>
    public string Name { get; }

    /// <summary>Where the name is written (the preamble: the file's start).</summary>
    public SourceSpan NameSpan { get; }

    /// <summary>By lower-cased key; a key written twice keeps its last value.</summary>
    public IReadOnlyDictionary<string, AnalyzerConfigProperty> Properties { get; }

    /// <summary>The compiled glob, null for the preamble, for an invalid glob, and in global configs.</summary>
    internal SectionNameMatcher? Matcher { get; set; }

    public bool TryGetValue(string key, out string value)
    {
        if (Properties.TryGetValue(key, out var property))
        {
            value = property.Value;
            return true;
        }

        value = "";
        return false;
    }

    public override string ToString() => Name.Length == 0 ? "(preamble)" : "[" + Name + "]";
}
