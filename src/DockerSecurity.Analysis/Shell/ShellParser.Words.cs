using System.Collections.Generic;

namespace DockerSecurity.Analysis.Shell;

/// <summary>Words: where they end, escapes, quotes, and the value each character contributes.</summary>
internal sealed partial class ShellParser
{
    private ShellWord ReadWord()
    {
        var start = _pos;
        var builder = new WordBuilder();
        ReadWordInto(builder);
        return builder.Build(_map, start, _pos);
    }

    /// <summary>Reads an unquoted word up to the first blank or operator character.</summary>
    private void ReadWordInto(WordBuilder builder)
    {
        var first = _pos;
        while (!AtEnd)
        {
            if (IsFromOuterExpansion(_pos))
            {
                ReadOuterExpansion(builder);
                continue;
            }

            var c = _text[_pos];
            if (EndsWord(_pos))
            {
                if ((c == '<' || c == '>') && _pos == first && CharAt(_pos + 1) == '(')
                {
                    ReadSubstitution(builder, _pos, 2, ShellExpansionKind.ProcessSubstitution);
                    continue;
                }

                if (c == '(' && IsArrayAssignmentPrefix(first))
                {
                    ReadArrayValue(builder);
                    continue;
                }

                return;
            }

            switch (c)
            {
                case '\\':
                    ReadEscape(builder);
                    break;
                case '\'':
                    ReadSingleQuoted(builder);
                    break;
                case '"':
                    ReadDoubleQuoted(builder);
                    break;
                case '$':
                    ReadDollar(builder, inDoubleQuotes: false);
                    break;
                case '`':
                    ReadBackquoted(builder, inDoubleQuotes: false);
                    break;
                default:
                    builder.Append(c, _pos);
                    _pos++;
                    break;
            }
        }
    }

    private void ReadOuterExpansion(WordBuilder builder)
    {
        var start = _pos;
        while (_pos < _end && IsFromOuterExpansion(_pos))
        {
            _pos++;
        }

        AppendExpansion(builder, ShellExpansionKind.Outer, start, ShellExpansion.NoBody);
    }

    /// <summary>Adds the text from <paramref name="start"/> to the current position as one expansion.</summary>
    private void AppendExpansion(WordBuilder builder, ShellExpansionKind kind, int start, IReadOnlyList<Pipeline> body)
    {
        builder.AddExpansion(new ShellExpansion(kind, _text.Substring(start, _pos - start), Span(start, _pos), builder.Length, body));
        for (var i = start; i < _pos; i++)
        {
            builder.Append(_text[i], i, fromExpansion: true);
        }
    }

    private void ReadEscape(WordBuilder builder)
    {
        var next = _pos + 1;
        if (next >= _end)
        {
            builder.Append('\\', _pos);
            _pos++;
            return;
        }

        if (_text[next] == '\n')
        {
            // A line continuation (in heredoc-style RUN bodies; the Dockerfile parser removes the others).
            _pos += 2;
            return;
        }

        builder.IsQuoted = true;
        builder.Append(_text[next], next, IsFromOuterExpansion(next));
        _pos += 2;
    }

    private void ReadSingleQuoted(WordBuilder builder)
    {
        var open = _pos;
        builder.IsQuoted = true;
        _pos++;
        while (!AtEnd)
        {
            if (IsFromOuterExpansion(_pos))
            {
                ReadOuterExpansion(builder);
                continue;
            }

            if (_text[_pos] == '\'')
            {
                _pos++;
                return;
            }

            builder.Append(_text[_pos], _pos);
            _pos++;
        }

        Report("unterminated single quote: the closing ' is missing", open, open + 1);
    }

    private void ReadDoubleQuoted(WordBuilder builder)
    {
        var open = _pos;
        builder.IsQuoted = true;
        _pos++;
        while (!AtEnd)
        {
            if (IsFromOuterExpansion(_pos))
            {
                ReadOuterExpansion(builder);
                continue;
            }

            var c = _text[_pos];
            switch (c)
            {
                case '"':
                    _pos++;
                    return;
                case '\\':
                    switch (CharAt(_pos + 1))
                    {
                        case '$':
                        case '`':
                        case '"':
                        case '\\':
                            builder.Append(_text[_pos + 1], _pos + 1);
                            _pos += 2;
                            break;
                        case '\n':
                            _pos += 2;
                            break;
                        default:
                            builder.Append(c, _pos);
                            _pos++;
                            break;
                    }

                    break;
                case '$':
                    ReadDollar(builder, inDoubleQuotes: true);
                    break;
                case '`':
                    ReadBackquoted(builder, inDoubleQuotes: true);
                    break;
                default:
                    builder.Append(c, _pos);
                    _pos++;
                    break;
            }
        }

        Report("unterminated double quote: the closing \" is missing", open, open + 1);
    }

    /// <summary><c>$'...'</c> (bash): a quoted string with C escapes.</summary>
    private void ReadAnsiCQuoted(WordBuilder builder)
    {
        var open = _pos;
        builder.IsQuoted = true;
        _pos += 2;
        while (!AtEnd)
        {
            var c = _text[_pos];
            if (c == '\'')
            {
                _pos++;
                return;
            }

            if (c == '\\' && _pos + 1 < _end)
            {
                var escaped = _text[_pos + 1] switch
                {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    'a' => '\a',
                    'b' => '\b',
                    'f' => '\f',
                    'v' => '\v',
                    'e' or 'E' => '\u001b',
                    '\\' or '\'' or '"' or '?' => _text[_pos + 1],
                    _ => '\0',
                };
                if (escaped != '\0')
                {
                    builder.Append(escaped, _pos);
                    _pos += 2;
                    continue;
                }
            }

            builder.Append(c, _pos, IsFromOuterExpansion(_pos));
            _pos++;
        }

        Report("unterminated $'...' string: the closing ' is missing", open, open + 2);
    }
}
