using System.Collections.Generic;
using System.Globalization;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles.Parsing;

/// <summary>
/// A <c>&lt;&lt;EOF</c> word of an instruction, found as Docker finds it (buildkit heredocsFromLine:
/// lex the line keeping quotes and escapes, then match <c>^(\d*)&lt;&lt;(-?)\s*([^&lt;]*)$</c> on each word).
/// </summary>
internal sealed class HeredocMarker
{
    private HeredocMarker(string name, bool expands, bool stripsTabs, int? fileDescriptor, int start, int end)
    {
        Name = name;
        Expands = expands;
        StripsTabs = stripsTabs;
        FileDescriptor = fileDescriptor;
        Start = start;
        End = end;
    }

    public string Name { get; }

    public bool Expands { get; }

    public bool StripsTabs { get; }

    public int? FileDescriptor { get; }

    /// <summary>Bounds of the marker word in the instruction's text.</summary>
    public int Start { get; }

    public int End { get; }

    /// <summary>The markers in order; an error message when Docker would fail on one.</summary>
    public static List<HeredocMarker> FindAll(MappedText line, out string? error)
    {
        error = null;
        var markers = new List<HeredocMarker>();
        var lexer = new WordLexer('\\') { RawQuotes = true, RawEscapes = true, KeepUnknownVariables = true };
        var words = new List<LexedWord>();

        // Docker ignores a lexing error of the whole line: then there is simply no heredoc.
        if (!lexer.Process(line.Text, 0, line.Length, out _, words, out _))
        {
            return markers;
        }

        foreach (var word in words)
        {
            var marker = TryCreate(word, out error);
            if (error is not null)
            {
                return markers;
            }

            if (marker is not null)
            {
                markers.Add(marker);
            }
        }

        return markers;
    }

    private static HeredocMarker? TryCreate(LexedWord word, out string? error)
    {
        error = null;
        var text = word.Value;
        var position = 0;
        while (position < text.Length && text[position] >= '0' && text[position] <= '9')
        {
            position++;
        }

        var digits = text.Substring(0, position);
        if (position + 2 > text.Length || text[position] != '<' || text[position + 1] != '<')
        {
            return null;
        }

        position += 2;
        var stripsTabs = position < text.Length && text[position] == '-';
        if (stripsTabs)
        {
            position++;
        }

        while (position < text.Length && text[position] is ' ' or '\t' or '\n' or '\f' or '\r')
        {
            position++;
        }

        var rest = text.Substring(position);
        if (rest.Length == 0 || rest.IndexOf('<') >= 0)
        {
            return null;
        }

        var names = new List<LexedWord>();
        var plain = new WordLexer('\\') { KeepUnknownVariables = true };
        if (!plain.Process(rest, 0, rest.Length, out _, names, out var plainError))
        {
            error = "failed to process " + GoText.Quote(rest) + ": " + plainError;
            return null;
        }

        if (names.Count != 1)
        {
            return null;
        }

        var rawNames = new List<LexedWord>();
        var raw = new WordLexer('\\') { KeepUnknownVariables = true, RawQuotes = true };
        if (!raw.Process(rest, 0, rest.Length, out _, rawNames, out var rawError))
        {
            error = "failed to process " + GoText.Quote(rest) + ": " + rawError;
            return null;
        }

        if (rawNames.Count != names.Count)
        {
            error = "internal lexing of heredoc produced inconsistent results: " + rest;
            return null;
        }

        var name = names[0].Value;
        var expands = CountQuotes(name) == CountQuotes(rawNames[0].Value);
        int? fileDescriptor = digits.Length > 0 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var fd) ? fd : null;
        return new HeredocMarker(name, expands, stripsTabs, fileDescriptor, word.Start, word.End);
    }

    private static int CountQuotes(string value)
    {
        var count = 0;
        foreach (var c in value)
        {
            if (c == '\'' || c == '"')
            {
                count++;
            }
        }

        return count;
    }
}
