using System;
using System.Collections.Generic;
using System.Text;

namespace DockerSecurity.Analysis.Dockerfiles.Parsing;

/// <summary>
/// Docker's word lexer (buildkit <c>shell.Lex</c>): quote removal, escapes, <c>$VAR</c> and
/// <c>${VAR...}</c> expansion and word splitting, as Docker applies it to FROM, ENV, ARG values and
/// to find heredoc markers. Not a shell: no command substitution, no globbing.
/// </summary>
internal sealed class WordLexer
{
    private const int EndOfInput = -1;
    private const int MaxDepth = 64;

    private readonly StringBuilder _scratch = new();
    private string _text = string.Empty;
    private int _position;
    private int _end;
    private int _depth;

    public WordLexer(char escapeToken)
    {
        EscapeToken = escapeToken;
    }

    public char EscapeToken { get; }

    /// <summary>Keep quote characters in the result (buildkit RawQuotes).</summary>
    public bool RawQuotes { get; set; }

    /// <summary>Keep escape characters in the result (buildkit RawEscapes).</summary>
    public bool RawEscapes { get; set; }

    /// <summary>Leave a reference to an unknown variable as written (buildkit SkipUnsetEnv).</summary>
    public bool KeepUnknownVariables { get; set; }

    /// <summary>For an unknown variable, <c>${X:-word}</c> and <c>${X-word}</c> give <c>word</c> (a static default).</summary>
    public bool UseDefaultForUnknown { get; set; }

    /// <summary>The value of a variable, or null when it is not known.</summary>
    public Func<string, string?> Lookup { get; set; } = static _ => null;

    /// <summary>Every variable reference met, in order.</summary>
    public List<LexedVariable>? Variables { get; set; }

    /// <summary>Processes <c>text[start..end)</c>; false with a message on a syntax error.</summary>
    public bool Process(string text, int start, int end, out string result, List<LexedWord>? words, out string? error)
    {
        _text = text;
        _position = start;
        _end = end;
        _depth = 0;
        var collector = words is null ? null : new WordCollector(words);
        try
        {
            result = ProcessStopOn(EndOfInput, RawEscapes, collector);
            collector?.Flush();
            error = null;
            return true;
        }
        catch (LexException exception)
        {
            result = string.Empty;
            words?.Clear();
            error = exception.Message;
            return false;
        }
    }

    private int Peek() => _position < _end ? _text[_position] : EndOfInput;

    private int Next() => _position < _end ? _text[_position++] : EndOfInput;

    private string ProcessStopOn(int stopChar, bool rawEscapes, WordCollector? words)
    {
        // ${a:-${b:-...}} recurses; a hostile line must not exhaust the stack.
        if (++_depth > MaxDepth)
        {
            throw new LexException("syntax error: substitutions nested too deeply");
        }

        try
        {
            return ProcessStopOnCore(stopChar, rawEscapes, words);
        }
        finally
        {
            _depth--;
        }
    }

    private string ProcessStopOnCore(int stopChar, bool rawEscapes, WordCollector? words)
    {
        var result = new StringBuilder();
        while (_position < _end)
        {
            var start = _position;
            var ch = _text[_position];
            if (stopChar != EndOfInput && ch == stopChar)
            {
                _position++;
                return result.ToString();
            }

            if (ch == '$')
            {
                var value = ProcessDollar();
                result.Append(value);
                words?.AddString(value, start, _position);
            }
            else if (ch == '<')
            {
                var value = ProcessPossibleHeredoc();
                result.Append(value);
                words?.AddRawString(value, start, _position);
            }
            else if (ch == '\'')
            {
                var value = ProcessSingleQuote();
                result.Append(value);
                words?.AddRawString(value, start, _position);
            }
            else if (ch == '"')
            {
                var value = ProcessDoubleQuote();
                result.Append(value);
                words?.AddRawString(value, start, _position);
            }
            else
            {
                _position++;
                if (ch == EscapeToken)
                {
                    if (rawEscapes)
                    {
                        words?.AddRawChar(ch, start, _position);
                        result.Append(ch);
                    }

                    if (_position >= _end)
                    {
                        break;
                    }

                    ch = _text[_position++];
                    words?.AddRawChar(ch, start, _position);
                }
                else
                {
                    words?.AddChar(ch, start, _position);
                }

                result.Append(ch);
            }
        }

        if (stopChar != EndOfInput)
        {
            throw new LexException("unexpected end of statement while looking for matching " + (char)stopChar);
        }

        return result.ToString();
    }

    private string ProcessSingleQuote()
    {
        var result = new StringBuilder();
        var ch = Next();
        if (RawQuotes)
        {
            result.Append((char)ch);
        }

        while (true)
        {
            ch = Next();
            if (ch == EndOfInput)
            {
                throw new LexException("unexpected end of statement while looking for matching single-quote");
            }

            if (ch == '\'')
            {
                if (RawQuotes)
                {
                    result.Append((char)ch);
                }

                return result.ToString();
            }

            result.Append((char)ch);
        }
    }

    private string ProcessDoubleQuote()
    {
        var result = new StringBuilder();
        var ch = Next();
        if (RawQuotes)
        {
            result.Append((char)ch);
        }

        while (true)
        {
            var peek = Peek();
            if (peek == EndOfInput)
            {
                throw new LexException("unexpected end of statement while looking for matching double-quote");
            }

            if (peek == '"')
            {
                Next();
                if (RawQuotes)
                {
                    result.Append('"');
                }

                return result.ToString();
            }

            if (peek == '$')
            {
                result.Append(ProcessDollar());
                continue;
            }

            ch = Next();
            if (ch == EscapeToken)
            {
                if (RawEscapes)
                {
                    result.Append((char)ch);
                }

                var escaped = Peek();
                if (escaped == EndOfInput)
                {
                    continue;
                }

                if (escaped == '"' || escaped == '$' || escaped == EscapeToken)
                {
                    ch = Next();
                }
            }

            result.Append((char)ch);
        }
    }

    private string ProcessPossibleHeredoc()
    {
        Next();
        if (Peek() != '<')
        {
            return "<";
        }

        Next();
        var start = _position;
        while (Peek() is ' ' or '\t' or '\r' or '\n')
        {
            Next();
        }

        return "<<" + _text.Substring(start, _position - start);
    }

    private string ProcessDollar()
    {
        var referenceStart = _position;
        Next();
        if (Peek() != '{')
        {
            var simpleName = ProcessName();
            if (simpleName.Length == 0)
            {
                return "$";
            }

            var simpleValue = Lookup(simpleName);
            Record(simpleName, simpleValue is not null, usedDefault: false, referenceStart);
            if (simpleValue is null)
            {
                return KeepUnknownVariables ? "$" + simpleName : string.Empty;
            }

            return simpleValue;
        }

        Next();
        var peek = Peek();
        if (peek == EndOfInput)
        {
            throw new LexException("syntax error: missing '}'");
        }

        if (peek is '{' or '}' or ':')
        {
            throw new LexException("syntax error: bad substitution");
        }

        var name = ProcessName();
        var ch = Next();
        var modifier = ch == EndOfInput ? "\uFFFD" : ((char)ch).ToString();
        var nullIsUnset = false;
        switch (ch)
        {
            case '}':
            {
                var value = Lookup(name);
                Record(name, value is not null, usedDefault: false, referenceStart);
                if (value is null)
                {
                    return KeepUnknownVariables ? "${" + name + "}" : string.Empty;
                }

                return value;
            }

            case ':':
                nullIsUnset = true;
                ch = Next();
                modifier += ch == EndOfInput ? "\uFFFD" : ((char)ch).ToString();
                return ProcessModifier(name, ch, modifier, nullIsUnset, referenceStart);
            case '+':
            case '-':
            case '?':
            case '#':
            case '%':
                return ProcessModifier(name, ch, modifier, nullIsUnset, referenceStart);
            case '/':
                return ProcessReplacement(name, referenceStart);
            default:
                throw new LexException("unsupported modifier (" + modifier + ") in substitution");
        }
    }

    private string ProcessModifier(string name, int ch, string modifier, bool nullIsUnset, int referenceStart)
    {
        string word;
        try
        {
            word = ProcessStopOn('}', ch is '#' or '%', null);
        }
        catch (LexException) when (Peek() == EndOfInput)
        {
            throw new LexException("syntax error: missing '}'");
        }

        var value = Lookup(name);
        if (value is null)
        {
            if (UseDefaultForUnknown && ch == '-')
            {
                Record(name, found: false, usedDefault: true, referenceStart);
                return word;
            }

            Record(name, found: false, usedDefault: false, referenceStart);
            if (KeepUnknownVariables)
            {
                return "${" + name + modifier + word + "}";
            }
        }
        else
        {
            Record(name, found: true, usedDefault: false, referenceStart);
        }

        var set = value is not null;
        value ??= string.Empty;
        switch (ch)
        {
            case '-':
                return !set || (nullIsUnset && value.Length == 0) ? word : value;
            case '+':
                return !set || (nullIsUnset && value.Length == 0) ? string.Empty : word;
            case '?':
                if (!set)
                {
                    throw new LexException(name + ": " + (word.Length > 0 ? word : "is not allowed to be unset"));
                }

                if (nullIsUnset && value.Length == 0)
                {
                    throw new LexException(name + ": " + (word.Length > 0 ? word : "is not allowed to be empty"));
                }

                return value;
            case '%':
            case '#':
            {
                var greedy = word.Length > 0 && word[0] == ch;
                if (greedy)
                {
                    word = word.Substring(1);
                }

                var pattern = ShellPattern.Parse(word);
                if (pattern is null)
                {
                    throw new LexException("invalid pattern (" + word + ") in substitution");
                }

                return ch == '%' ? pattern.TrimSuffix(value, greedy) : pattern.TrimPrefix(value, greedy);
            }

            default:
                throw new LexException("unsupported modifier (" + modifier + ") in substitution");
        }
    }

    private string ProcessReplacement(string name, int referenceStart)
    {
        var replaceAll = Peek() == '/';
        if (replaceAll)
        {
            Next();
        }

        string pattern;
        string replacement;
        try
        {
            pattern = ProcessStopOn('/', true, null);
        }
        catch (LexException) when (Peek() == EndOfInput)
        {
            throw new LexException("syntax error: missing '/' in ${}");
        }

        try
        {
            replacement = ProcessStopOn('}', true, null);
        }
        catch (LexException) when (Peek() == EndOfInput)
        {
            throw new LexException("syntax error: missing '}'");
        }

        var value = Lookup(name);
        Record(name, value is not null, usedDefault: false, referenceStart);
        if (value is null && KeepUnknownVariables)
        {
            return "${" + name + "/" + pattern + "/" + replacement + "}";
        }

        var compiled = ShellPattern.Parse(pattern);
        if (compiled is null)
        {
            throw new LexException("invalid pattern (" + pattern + ") in substitution");
        }

        return compiled.Replace(value ?? string.Empty, replacement, replaceAll);
    }

    private string ProcessName()
    {
        _scratch.Clear();
        while (_position < _end)
        {
            var ch = _text[_position];
            if (_scratch.Length == 0 && char.IsDigit(ch))
            {
                while (_position < _end && char.IsDigit(_text[_position]))
                {
                    _scratch.Append(_text[_position++]);
                }

                return _scratch.ToString();
            }

            if (_scratch.Length == 0 && IsSpecialParameter(ch))
            {
                _position++;
                return ch.ToString();
            }

            if (!char.IsLetter(ch) && !char.IsDigit(ch) && ch != '_')
            {
                break;
            }

            _scratch.Append(ch);
            _position++;
        }

        return _scratch.ToString();
    }

    private static bool IsSpecialParameter(char ch) => ch is '@' or '*' or '#' or '?' or '-' or '$' or '!' or '0';

    private void Record(string name, bool found, bool usedDefault, int start)
    {
        Variables?.Add(new LexedVariable(name, found, usedDefault, start, _position));
    }

    private sealed class LexException : Exception
    {
        public LexException(string message)
            : base(message)
        {
        }
    }

    /// <summary>buildkit's wordsStruct, also remembering where each word lies in the input.</summary>
    private sealed class WordCollector
    {
        private readonly List<LexedWord> _words;
        private readonly StringBuilder _word = new();
        private bool _inWord;
        private int _start;
        private int _end;

        public WordCollector(List<LexedWord> words)
        {
            _words = words;
        }

        public void AddChar(char ch, int start, int end)
        {
            if (GoText.IsSpace(ch))
            {
                if (_inWord && _word.Length != 0)
                {
                    Flush();
                }

                return;
            }

            AddRawChar(ch, start, end);
        }

        public void AddRawChar(char ch, int start, int end)
        {
            Begin(start);
            _word.Append(ch);
            _end = end;
        }

        public void AddString(string value, int start, int end)
        {
            foreach (var ch in value)
            {
                AddChar(ch, start, end);
            }
        }

        public void AddRawString(string value, int start, int end)
        {
            Begin(start);
            _word.Append(value);
            _end = end;
        }

        public void Flush()
        {
            if (_word.Length > 0)
            {
                _words.Add(new LexedWord(_word.ToString(), _start, _end));
            }

            _word.Clear();
            _inWord = false;
        }

        private void Begin(int start)
        {
            if (!_inWord || _word.Length == 0)
            {
                _start = start;
            }

            _inWord = true;
        }
    }
}

/// <summary>A word from <see cref="WordLexer"/> and where it lies in the input (<c>[Start, End)</c>).</summary>
internal readonly record struct LexedWord(string Value, int Start, int End);

/// <summary>A variable reference met by <see cref="WordLexer"/>.</summary>
internal readonly record struct LexedVariable(string Name, bool Found, bool UsedDefault, int Start, int End);
