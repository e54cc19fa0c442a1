using System.Collections.Generic;
using System.Text;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Shell;

/// <summary>Expansions inside words: parameters, command and process substitutions, arithmetic, backquotes, arrays.</summary>
internal sealed partial class ShellParser
{
    private void ReadDollar(WordBuilder builder, bool inDoubleQuotes)
    {
        var start = _pos;
        var next = CharAt(start + 1);
        switch (next)
        {
            case '(':
                if (CharAt(start + 2) == '(' && LooksLikeArithmetic(start + 3))
                {
                    ReadArithmetic(builder, start, 3);
                }
                else
                {
                    ReadSubstitution(builder, start, 2, ShellExpansionKind.CommandSubstitution);
                }

                return;
            case '{':
                ReadBracedParameter(builder, start, inDoubleQuotes);
                return;
            case '\'' when !inDoubleQuotes:
                ReadAnsiCQuoted(builder);
                return;
            case '"' when !inDoubleQuotes:
                // $"..." is a translatable string: for analysis, a double-quoted one.
                _pos++;
                ReadDoubleQuoted(builder);
                return;
        }

        if (ShellAssignment.IsNameChar(next, first: true))
        {
            _pos += 2;
            while (ShellAssignment.IsNameChar(CharAt(_pos), first: false))
            {
                _pos++;
            }

            AppendExpansion(builder, ShellExpansionKind.Parameter, start, ShellExpansion.NoBody);
            return;
        }

        if ((next >= '0' && next <= '9') || next is '@' or '*' or '#' or '?' or '$' or '!' or '-')
        {
            _pos += 2;
            AppendExpansion(builder, ShellExpansionKind.Parameter, start, ShellExpansion.NoBody);
            return;
        }

        builder.Append('$', _pos);
        _pos++;
    }

    /// <summary><c>$(...)</c>, <c>&lt;(...)</c>, <c>&gt;(...)</c>: a nested command list in a subshell, closed by <c>)</c>.</summary>
    private void ReadSubstitution(WordBuilder builder, int start, int openLength, ShellExpansionKind kind)
    {
        _pos = start + openLength;
        if (!Enter(start, openLength))
        {
            return;
        }

        var origin = kind == ShellExpansionKind.ProcessSubstitution ? CommandOrigin.ProcessSubstitution : CommandOrigin.CommandSubstitution;
        var body = new List<Pipeline>();
        var savedClosers = _closers;
        _closers = new int[ClosingKinds];
        _closers[(int)Closing.Paren] = 1;
        InContext(origin, Owner, _scope.Copy(), () => ParseList(body));
        _closers = savedClosers;
        Leave();

        if (Peek().Is(Op.RightParen))
        {
            Consume();
        }
        else
        {
            Report($"unterminated {(kind == ShellExpansionKind.ProcessSubstitution ? "process" : "command")} substitution: the closing ) is missing", start, start + openLength);
            _hasPeeked = false;
        }

        AppendExpansion(builder, kind, start, body);
    }

    /// <summary>
    /// Whether <c>$((</c> opens arithmetic rather than a command substitution starting with a
    /// subshell: it does when the parentheses close with <c>))</c>.
    /// </summary>
    private bool LooksLikeArithmetic(int from)
    {
        var depth = 0;
        for (var i = from; i < _end; i++)
        {
            switch (_text[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    if (depth == 0)
                    {
                        return CharAt(i + 1) == ')';
                    }

                    depth--;
                    break;
                case '\\':
                    i++;
                    break;
                case '\'':
                case '"':
                case '`':
                    var quote = _text[i];
                    for (i++; i < _end && _text[i] != quote; i++)
                    {
                        if (_text[i] == '\\' && quote != '\'')
                        {
                            i++;
                        }
                    }

                    break;
            }
        }

        return false;
    }

    /// <summary><c>$((...))</c> (or the expression of a <c>((...))</c> command): commands in it are still found.</summary>
    private void ReadArithmetic(WordBuilder builder, int start, int openLength)
    {
        _pos = start + openLength;
        if (!Enter(start, openLength))
        {
            return;
        }

        builder.Suppressed++;
        var depth = 0;
        var closed = false;
        while (!AtEnd && !closed)
        {
            if (IsFromOuterExpansion(_pos))
            {
                ReadOuterExpansion(builder);
                continue;
            }

            switch (_text[_pos])
            {
                case '(':
                    depth++;
                    _pos++;
                    break;
                case ')':
                    if (depth == 0 && CharAt(_pos + 1) == ')')
                    {
                        _pos += 2;
                        closed = true;
                    }
                    else
                    {
                        depth = System.Math.Max(0, depth - 1);
                        _pos++;
                    }

                    break;
                case '$':
                    ReadDollar(builder, inDoubleQuotes: true);
                    break;
                case '`':
                    ReadBackquoted(builder, inDoubleQuotes: false);
                    break;
                case '"':
                    ReadDoubleQuoted(builder);
                    break;
                case '\\':
                    ReadEscape(builder);
                    break;
                default:
                    _pos++;
                    break;
            }
        }

        builder.Suppressed--;
        Leave();
        if (!closed)
        {
            Report("unterminated arithmetic expansion: the closing )) is missing", start, start + openLength);
        }

        AppendExpansion(builder, ShellExpansionKind.Arithmetic, start, ShellExpansion.NoBody);
    }

    private void ReadBracedParameter(WordBuilder builder, int start, bool inDoubleQuotes)
    {
        _pos = start + 2;
        if (!Enter(start, 2))
        {
            return;
        }

        builder.Suppressed++;
        var closed = false;
        while (!AtEnd && !closed)
        {
            if (IsFromOuterExpansion(_pos))
            {
                ReadOuterExpansion(builder);
                continue;
            }

            switch (_text[_pos])
            {
                case '}':
                    _pos++;
                    closed = true;
                    break;
                case '\\':
                    ReadEscape(builder);
                    break;
                case '\'' when !inDoubleQuotes:
                    ReadSingleQuoted(builder);
                    break;
                case '"':
                    ReadDoubleQuoted(builder);
                    break;
                case '$':
                    ReadDollar(builder, inDoubleQuotes);
                    break;
                case '`':
                    ReadBackquoted(builder, inDoubleQuotes);
                    break;
                default:
                    _pos++;
                    break;
            }
        }

        builder.Suppressed--;
        Leave();
        if (!closed)
        {
            Report("unterminated parameter expansion: the closing } is missing", start, start + 2);
        }

        AppendExpansion(builder, ShellExpansionKind.Parameter, start, ShellExpansion.NoBody);
    }

    /// <summary>
    /// A backquoted command: its text loses the backslashes before <c>$</c>, <c>`</c>, <c>\</c>
    /// (and <c>"</c> inside double quotes), then is parsed as a script of its own.
    /// </summary>
    private void ReadBackquoted(WordBuilder builder, bool inDoubleQuotes)
    {
        var start = _pos;
        _pos++;
        var inner = new StringBuilder();
        var offsets = new List<int>();
        var closed = false;
        while (!AtEnd)
        {
            var c = _text[_pos];
            if (c == '`' && !IsFromOuterExpansion(_pos))
            {
                _pos++;
                closed = true;
                break;
            }

            if (c == '\\' && !IsFromOuterExpansion(_pos))
            {
                var next = CharAt(_pos + 1);
                if (next is '$' or '`' or '\\' || (inDoubleQuotes && next == '"'))
                {
                    inner.Append(next);
                    offsets.Add(_pos + 1);
                    _pos += 2;
                    continue;
                }
            }

            inner.Append(c);
            offsets.Add(_pos);
            _pos++;
        }

        if (!closed)
        {
            Report("unterminated backquote: the closing ` is missing", start, start + 1);
        }

        IReadOnlyList<Pipeline> body = ShellExpansion.NoBody;
        if (Enter(start, 1))
        {
            var positions = new SourcePosition[offsets.Count + 1];
            bool[]? fromOuterExpansion = null;
            for (var i = 0; i < offsets.Count; i++)
            {
                positions[i] = _map.PositionAt(offsets[i]);
                if (IsFromOuterExpansion(offsets[i]))
                {
                    (fromOuterExpansion ??= new bool[offsets.Count])[i] = true;
                }
            }

            positions[offsets.Count] = _map.PositionAt(closed ? _pos - 1 : _pos);
            body = ParseNestedText(new MappedText(inner.ToString(), positions), fromOuterExpansion, _scope.Copy(), CommandOrigin.CommandSubstitution, Owner);
            Leave();
        }

        AppendExpansion(builder, ShellExpansionKind.CommandSubstitution, start, body);
    }

    /// <summary><c>NAME=</c> or <c>NAME+=</c> written plainly since <paramref name="first"/>: a following <c>(</c> opens an array.</summary>
    private bool IsArrayAssignmentPrefix(int first)
    {
        var end = _pos;
        if (end - first < 2 || _text[end - 1] != '=')
        {
            return false;
        }

        var nameEnd = _text[end - 2] == '+' ? end - 2 : end - 1;
        if (nameEnd == first)
        {
            return false;
        }

        for (var i = first; i < nameEnd; i++)
        {
            if (!ShellAssignment.IsNameChar(CharAt(i), i == first))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>NAME=(a b c)</c> (bash arrays): kept as written in the word's value.</summary>
    private void ReadArrayValue(WordBuilder builder)
    {
        var start = _pos;
        _pos++;
        if (!Enter(start, 1))
        {
            return;
        }

        builder.Suppressed++;
        var closed = false;
        while (!AtEnd && !closed)
        {
            if (CharAt(_pos) == ')')
            {
                _pos++;
                closed = true;
            }
            else if (EndsWord(_pos) && !(CharAt(_pos) is '<' or '>' && CharAt(_pos + 1) == '('))
            {
                _pos++;
            }
            else
            {
                ReadWordInto(builder);
            }
        }

        builder.Suppressed--;
        Leave();
        if (!closed)
        {
            Report("unterminated array: the closing ) is missing", start, start + 1);
        }

        for (var i = start; i < _pos; i++)
        {
            builder.Append(_text[i], i, IsFromOuterExpansion(i));
        }
    }
}
