using System.Collections.Generic;

namespace DockerSecurity.Analysis.Dockerfiles.Parsing;

/// <summary>
/// Docker's parser-directive detection (<c>^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$</c>), only
/// while every line so far has been a directive: the first other line, blank lines included, ends it.
/// </summary>
internal sealed class DirectiveReader
{
    private readonly HashSet<string> _seen = new();

    public bool Done { get; private set; }

    /// <summary>
    /// Looks at a line whose leading white space is already skipped (<c>text[start..end)</c>).
    /// Returns true with the directive's parts, or false (and stops looking) when it is none.
    /// </summary>
    public bool TryRead(string text, int start, int end, out string name, out int valueStart, out int valueEnd, out string? error)
    {
        name = string.Empty;
        valueStart = valueEnd = 0;
        error = null;
        if (Done)
        {
            return false;
        }

        if (!Match(text, start, end, out var keyStart, out var keyEnd, out valueStart, out valueEnd))
        {
            Done = true;
            return false;
        }

        name = text.Substring(keyStart, keyEnd - keyStart).ToLowerInvariant();
        if (name != "syntax" && name != "escape" && name != "check")
        {
            Done = true;
            return false;
        }

        if (!_seen.Add(name))
        {
            error = "only one " + name + " parser directive can be used";
        }

        return true;
    }

    private static bool Match(string text, int start, int end, out int keyStart, out int keyEnd, out int valueStart, out int valueEnd)
    {
        keyStart = keyEnd = valueStart = valueEnd = 0;
        var position = start;
        if (position >= end || text[position] != '#')
        {
            return false;
        }

        position++;
        SkipSpace(text, ref position, end);
        if (position >= end || !IsAsciiLetter(text[position]))
        {
            return false;
        }

        keyStart = position;
        while (position < end && (IsAsciiLetter(text[position]) || (text[position] >= '0' && text[position] <= '9')))
        {
            position++;
        }

        keyEnd = position;
        SkipSpace(text, ref position, end);
        if (position >= end || text[position] != '=')
        {
            return false;
        }

        var afterEquals = ++position;
        SkipSpace(text, ref position, end);
        if (position >= end)
        {
            // (.+?) needs one character: the regex gives back the last white space it skipped.
            if (afterEquals == end)
            {
                return false;
            }

            valueStart = end - 1;
            valueEnd = end;
            return true;
        }

        valueStart = position;
        valueEnd = end;
        while (valueEnd > valueStart + 1 && IsSpace(text[valueEnd - 1]))
        {
            valueEnd--;
        }

        return true;
    }

    private static void SkipSpace(string text, ref int position, int end)
    {
        while (position < end && IsSpace(text[position]))
        {
            position++;
        }
    }

    // RE2's \s: [\t\n\f\r ].
    private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
