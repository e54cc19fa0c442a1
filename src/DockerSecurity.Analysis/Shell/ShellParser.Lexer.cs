namespace DockerSecurity.Analysis.Shell;

internal sealed partial class ShellParser
{
    private Token Peek()
    {
        if (!_hasPeeked)
        {
            // Reading a word can parse nested commands; their tokens must not move this parser's span ends.
            var lastTokenEnd = _lastTokenEnd;
            _peeked = Lex();
            _hasPeeked = true;
            _lastTokenEnd = lastTokenEnd;
        }

        return _peeked;
    }

    private void Consume()
    {
        _hasPeeked = false;
        _lastTokenEnd = _peeked.End;
    }

    private Token Next()
    {
        var token = Peek();
        Consume();
        return token;
    }

    private void SkipNewlines()
    {
        while (Peek().Kind == TokenKind.Newline)
        {
            Consume();
        }
    }

    private bool IsBlank(int offset)
    {
        var c = CharAt(offset);
        return c == ' ' || c == '\t' || (c == '\r' && IsLineEnd(offset + 1));
    }

    /// <summary>A CR before a newline or the end is part of a Windows line end, not of a word.</summary>
    private bool IsLineEnd(int offset) => offset >= _end || CharAt(offset) == '\n';

    /// <summary>Characters that end an unquoted word.</summary>
    private bool EndsWord(int offset)
    {
        switch (CharAt(offset))
        {
            case ' ':
            case '\t':
            case '\n':
            case ';':
            case '&':
            case '|':
            case '<':
            case '>':
            case '(':
            case ')':
                return true;
            case '\r':
                return IsLineEnd(offset + 1);
            default:
                return false;
        }
    }

    private void SkipBlanksAndComments()
    {
        while (!AtEnd)
        {
            if (IsBlank(_pos))
            {
                _pos++;
            }
            else if (CharAt(_pos) == '\\' && CharAt(_pos + 1) == '\n')
            {
                _pos += 2;
            }
            else if (CharAt(_pos) == '#')
            {
                while (_pos < _end && _text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private Token Lex()
    {
        SkipBlanksAndComments();
        if (AtEnd)
        {
            var at = System.Math.Min(_pos, _end);
            return new Token(TokenKind.End, at, at);
        }

        var start = _pos;
        switch (CharAt(start))
        {
            case '\n':
                _pos++;
                if (_pendingHereDocuments.Count > 0)
                {
                    ReadHereDocuments();
                }

                return new Token(TokenKind.Newline, start, start + 1);
            case ';':
                return CharAt(start + 1) == ';'
                    ? CharAt(start + 2) == '&' ? Operator(Op.DoubleSemicolonAnd, 3) : Operator(Op.DoubleSemicolon, 2)
                    : CharAt(start + 1) == '&' ? Operator(Op.SemicolonAnd, 2) : Operator(Op.Semicolon, 1);
            case '&':
                return CharAt(start + 1) switch
                {
                    '&' => Operator(Op.AndIf, 2),
                    '>' => CharAt(start + 2) == '>' ? Operator(Op.AndDoubleGreat, 3) : Operator(Op.AndGreat, 2),
                    _ => Operator(Op.Ampersand, 1),
                };
            case '|':
                return CharAt(start + 1) switch
                {
                    '|' => Operator(Op.OrIf, 2),
                    '&' => Operator(Op.PipeAnd, 2),
                    _ => Operator(Op.Pipe, 1),
                };
            case '(':
                return Operator(Op.LeftParen, 1);
            case ')':
                return Operator(Op.RightParen, 1);
            case '<':
                switch (CharAt(start + 1))
                {
                    case '(':
                        return WordToken();
                    case '<':
                        return CharAt(start + 2) switch
                        {
                            '<' => Operator(Op.TripleLess, 3),
                            '-' => Operator(Op.DoubleLessDash, 3),
                            _ => Operator(Op.DoubleLess, 2),
                        };
                    case '&':
                        return Operator(Op.LessAnd, 2);
                    case '>':
                        return Operator(Op.LessGreat, 2);
                    default:
                        return Operator(Op.Less, 1);
                }

            case '>':
                return CharAt(start + 1) switch
                {
                    '(' => WordToken(),
                    '>' => Operator(Op.DoubleGreat, 2),
                    '&' => Operator(Op.GreatAnd, 2),
                    '|' => Operator(Op.Clobber, 2),
                    _ => Operator(Op.Great, 1),
                };
            default:
                return TryIoNumber(out var token) ? token : WordToken();
        }
    }

    private Token Operator(Op op, int length)
    {
        var start = _pos;
        _pos += length;
        return new Token(TokenKind.Operator, start, _pos, op);
    }

    private Token WordToken()
    {
        var start = _pos;
        var word = ReadWord();
        return new Token(TokenKind.Word, start, _pos, word: word);
    }

    /// <summary>Digits right before <c>&lt;</c> or <c>&gt;</c> (not a process substitution) name a file descriptor.</summary>
    private bool TryIoNumber(out Token token)
    {
        token = default;
        var i = _pos;
        while (CharAt(i) >= '0' && CharAt(i) <= '9')
        {
            i++;
        }

        var digits = i - _pos;
        var next = CharAt(i);
        if (digits == 0 || digits > 9 || (next != '<' && next != '>') || CharAt(i + 1) == '(')
        {
            return false;
        }

        var start = _pos;
        _pos = i;
        token = new Token(TokenKind.IoNumber, start, i, fileDescriptor: int.Parse(_text.Substring(start, digits), System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }
}
