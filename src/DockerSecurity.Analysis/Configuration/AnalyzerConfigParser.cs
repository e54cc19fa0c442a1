using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// The line grammar of .editorconfig files as Roslyn reads them: blank lines and lines starting with
/// <c>#</c> or <c>;</c> are comments, <c>[name]</c> opens a section, <c>key = value</c> (or
/// <c>key: value</c>) sets a property, anything else is dropped. A <c>#</c> or <c>;</c> after a value
/// starts a comment, as in Roslyn (EditorConfigTests.EndOfLineComments).
/// </summary>
internal sealed class AnalyzerConfigParser
{
    /// <summary>EditorConfig's limits; longer entries are ignored (and a line past them all, unread).</summary>
    public const int MaxSectionNameLength = 4096;
    public const int MaxKeyLength = 1024;
    public const int MaxValueLength = 4096;
    public const int MaxLineLength = 8192;

    private static readonly Regex SectionHeader = new(@"^\s*\[(([^#;]|\\#|\\;)+)\]\s*([#;].*)?$", RegexOptions.CultureInvariant);
    private static readonly Regex Property = new(@"^\s*([\w\.\-_]+)\s*[=:]\s*(.*?)\s*([#;].*)?$", RegexOptions.CultureInvariant);

    // Keys whose values EditorConfig defines, and the value it reserves: lower-cased when read.
    private static readonly HashSet<string> ReservedKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "root", "indent_style", "indent_size", "tab_width", "end_of_line", "charset", "trim_trailing_whitespace", "insert_final_newline",
    };

    private readonly string path;
    private readonly List<Diagnostic> diagnostics;
    private readonly List<AnalyzerConfigSection> namedSections = new();
    private AnalyzerConfigSection? preamble;
    private string sectionName = "";
    private SourceSpan sectionSpan = new(1, 1, 1, 1);
    private Dictionary<string, AnalyzerConfigProperty> properties = new(AnalyzerConfigSection.KeyComparer);

    private AnalyzerConfigParser(string path, List<Diagnostic> diagnostics)
    {
        this.path = path;
        this.diagnostics = diagnostics;
    }

    public static (AnalyzerConfigSection Preamble, IReadOnlyList<AnalyzerConfigSection> Sections) Parse(string text, string path, List<Diagnostic> diagnostics)
    {
        var parser = new AnalyzerConfigParser(path, diagnostics);
        var lineNumber = 0;
        foreach (var line in Lines(text))
        {
            lineNumber++;
            parser.ReadLine(line, lineNumber);
        }

        parser.CloseSection();
        return (parser.preamble!, parser.namedSections);
    }

    private void ReadLine(string line, int lineNumber)
    {
        if (string.IsNullOrWhiteSpace(line) || IsComment(line))
        {
            return;
        }

        if (line.Length > MaxLineLength)
        {
            Report(Span(lineNumber, 0, 0), $"This line is {line.Length:N0} characters long, over the {MaxLineLength:N0}-character limit, and is ignored.");
            return;
        }

        var header = SectionHeader.Match(line);
        if (header.Success)
        {
            CloseSection();
            var name = header.Groups[1];
            sectionName = name.Value;
            sectionSpan = Span(lineNumber, name.Index, name.Length);
            properties = new Dictionary<string, AnalyzerConfigProperty>(AnalyzerConfigSection.KeyComparer);
            if (name.Length > MaxSectionNameLength)
            {
                Report(sectionSpan, $"This section name is {name.Length:N0} characters long, over the {MaxSectionNameLength:N0}-character limit; the section is ignored.");
            }

            return;
        }

        var property = Property.Match(line);
        if (property.Success)
        {
            AddProperty(property, lineNumber);
            return;
        }

        ReportUnreadableLine(line, lineNumber);
    }

    private void AddProperty(Match match, int lineNumber)
    {
        var keyGroup = match.Groups[1];
        var valueGroup = match.Groups[2];
        var key = keyGroup.Value.ToLowerInvariant();
        var value = valueGroup.Value;
        if (ReservedKeys.Contains(key) || string.Equals(value, "unset", StringComparison.OrdinalIgnoreCase))
        {
            value = value.ToLowerInvariant();
        }

        var keySpan = Span(lineNumber, keyGroup.Index, keyGroup.Length);
        var valueSpan = Span(lineNumber, valueGroup.Index, valueGroup.Length);
        if (key.Length > MaxKeyLength || value.Length > MaxValueLength)
        {
            if (DiagnosticOptionKeys.ConcernsUs(key) || key.Length > MaxKeyLength)
            {
                var (what, length, limit, span) = key.Length > MaxKeyLength
                    ? ("key", key.Length, MaxKeyLength, keySpan)
                    : ("value", value.Length, MaxValueLength, valueSpan);
                Report(span, $"This {what} is {length:N0} characters long, over the {limit:N0}-character limit; the property is ignored.");
            }

            return;
        }

        properties[key] = new AnalyzerConfigProperty(key, value, keySpan, valueSpan);
    }

    private void ReportUnreadableLine(string line, int lineNumber)
    {
        var trimmed = line.Trim();
        var start = line.IndexOf(trimmed, StringComparison.Ordinal);
        var span = Span(lineNumber, start, trimmed.Length);
        if (trimmed.StartsWith("[", StringComparison.Ordinal))
        {
            // Every EditorConfig reader drops such a line, so the properties below it silently land in
            // the previous section: worth saying whoever the section is for.
            var owner = sectionName.Length == 0 ? "the preamble (which applies to no file)" : "section [" + sectionName + "]";
            Report(span, $"'{trimmed}' is not a section header: a header is [glob] alone on its line, where the glob has no unescaped # or ;. The line is ignored, so the properties below it stay in {owner}.");
            return;
        }

        if (trimmed.IndexOf("dks", StringComparison.OrdinalIgnoreCase) >= 0 ||
            trimmed.IndexOf("dotnet_analyzer_diagnostic", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            Report(span, $"'{trimmed}' is not a 'key = value' property (keys are letters, digits, '.', '-' and '_') and is ignored.");
        }
    }

    private void CloseSection()
    {
        var section = new AnalyzerConfigSection(sectionName, sectionSpan, properties);
        if (sectionName.Length == 0)
        {
            preamble = section;
        }
        else if (sectionName.Length <= MaxSectionNameLength)
        {
            namedSections.Add(section);
        }
    }

    private void Report(SourceSpan span, string message) =>
        diagnostics.Add(ConfigurationProblem.At(path, span, message));

    private static SourceSpan Span(int line, int index, int length) => new(line, index + 1, line, index + 1 + length);

    private static bool IsComment(string line)
    {
        foreach (var character in line)
        {
            if (!char.IsWhiteSpace(character))
            {
                return character == '#' || character == ';';
            }
        }

        return false;
    }

    /// <summary>Lines as Roslyn's SourceText breaks them: CR LF, CR, LF, NEL, LS and PS.</summary>
    private static IEnumerable<string> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (character is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                yield return text.Substring(start, i - start);
                if (character == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        yield return text.Substring(start);
    }
}
