using System;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>The words an .editorconfig may give a severity key, exactly those the C# compiler accepts.</summary>
public static class SeverityWord
{
    /// <summary>The accepted words, for messages.</summary>
    public const string Accepted = "error, warning, suggestion, silent, none or default";

    /// <summary>
    /// Case-insensitive, as Roslyn's <c>AnalyzerConfigSet.TryParseSeverity</c>: <c>refactoring</c> is
    /// its old alias for <c>silent</c>; <c>hidden</c>, <c>info</c> and <c>warn</c> are not accepted there,
    /// so they are not accepted here either.
    /// </summary>
    public static bool TryParse(string? value, out SeveritySetting setting)
    {
        var comparer = StringComparer.OrdinalIgnoreCase;
        setting = SeveritySetting.Default;
        if (value is null)
        {
            return false;
        }

        if (comparer.Equals(value, "default"))
        {
            setting = SeveritySetting.Default;
        }
        else if (comparer.Equals(value, "error"))
        {
            setting = SeveritySetting.Error;
        }
        else if (comparer.Equals(value, "warning"))
        {
            setting = SeveritySetting.Warning;
        }
        else if (comparer.Equals(value, "suggestion"))
        {
            setting = SeveritySetting.Suggestion;
        }
        else if (comparer.Equals(value, "silent") || comparer.Equals(value, "refactoring"))
        {
            setting = SeveritySetting.Silent;
        }
        else if (comparer.Equals(value, "none"))
        {
            setting = SeveritySetting.None;
        }
        else
        {
            return false;
        }

        return true;
    }
}
