using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Text;

/// <summary>
/// Git's wildcard patterns in path mode (<c>wildmatch</c> with <c>WM_PATHNAME</c>): <c>?</c>,
/// <c>*</c> and <c>[...]</c> never match <c>/</c>; <c>**/</c> matches any number of leading
/// folders, <c>/**/</c> any number of folders in between, <c>/**</c> everything below; a
/// <c>**</c> elsewhere is a plain <c>*</c>; <c>\</c> escapes the next character; classes take
/// ranges, <c>!</c> or <c>^</c> negation and POSIX names (<c>[[:digit:]]</c>). Matching runs the
/// pattern as an automaton over the text, so it takes time proportional to pattern times text
/// length whatever the input (no backtracking).
/// </summary>
public sealed class Wildmatch
{
    private readonly Token[] _tokens;

    private Wildmatch(Token[] tokens)
    {
        _tokens = tokens;
    }

    private enum Kind
    {
        Literal,
        AnyChar,
        Star,
        DeepStar,
        OptionalFolders,
        Class,
    }

    /// <summary>The compiled pattern; null when git would never match it (a trailing <c>\</c>, an unclosed <c>[</c>).</summary>
    public static Wildmatch? Compile(string pattern)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 >= pattern.Length)
                    {
                        return null;
                    }

                    tokens.Add(Token.Of(pattern[i + 1]));
                    i += 2;
                    break;
                case '?':
                    tokens.Add(new Token(Kind.AnyChar));
                    i++;
                    break;
                case '*':
                    var run = i;
                    while (run < pattern.Length && pattern[run] == '*')
                    {
                        run++;
                    }

                    var afterSlashOrStart = i == 0 || pattern[i - 1] == '/';
                    var beforeSlash = run < pattern.Length && pattern[run] == '/';
                    var atEnd = run == pattern.Length;
                    if (run - i >= 2 && afterSlashOrStart && atEnd)
                    {
                        tokens.Add(new Token(Kind.DeepStar));
                        i = run;
                    }
                    else if (run - i >= 2 && afterSlashOrStart && beforeSlash)
                    {
                        // "**/" is (anything/)?: zero or more whole folders.
                        tokens.Add(new Token(Kind.OptionalFolders));
                        i = run + 1;
                    }
                    else
                    {
                        tokens.Add(new Token(Kind.Star));
                        i = run;
                    }

                    break;
                case '[':
                    if (CharClass.Parse(pattern, i, out var cls, out var end) is false)
                    {
                        return null;
                    }

                    tokens.Add(new Token(Kind.Class) { Class = cls });
                    i = end;
                    break;
                default:
                    tokens.Add(Token.Of(c));
                    i++;
                    break;
            }
        }

        return new Wildmatch(tokens.ToArray());
    }

    /// <summary>Whether the whole of <paramref name="text"/> matches.</summary>
    public bool IsMatch(string text, bool ignoreCase = false)
    {
        var n = _tokens.Length;

        // State k: before token k (k == n accepts). State n + 1 + k: inside an OptionalFolders token k, before its closing '/'.
        var current = new bool[2 * (n + 1)];
        var next = new bool[current.Length];
        current[0] = true;
        Close(current);
        foreach (var c in text)
        {
            Array.Clear(next, 0, next.Length);
            var any = false;
            for (var k = 0; k < n; k++)
            {
                if (current[k])
                {
                    any |= Step(k, c, ignoreCase, next);
                }

                if (current[n + 1 + k])
                {
                    next[c == '/' ? k : n + 1 + k] = true;
                    any = true;
                }
            }

            if (!any)
            {
                return false;
            }

            (current, next) = (next, current);
            Close(current);
        }

        return current[n];
    }

    private bool Step(int k, char c, bool ignoreCase, bool[] next)
    {
        var token = _tokens[k];
        var n = _tokens.Length;
        switch (token.Kind)
        {
            case Kind.Literal when Same(token.Char, c, ignoreCase):
            case Kind.AnyChar when c != '/':
            case Kind.Class when c != '/' && token.Class!.Matches(c, ignoreCase):
                next[k + 1] = true;
                return true;
            case Kind.Star when c != '/':
            case Kind.DeepStar:
                next[k] = true;
                return true;
            case Kind.OptionalFolders:
                next[c == '/' ? k : n + 1 + k] = true;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Stars and optional folders may match nothing: follow those moves (they only go forward).</summary>
    private void Close(bool[] states)
    {
        for (var k = 0; k < _tokens.Length; k++)
        {
            if (states[k] && _tokens[k].Kind is Kind.Star or Kind.DeepStar or Kind.OptionalFolders)
            {
                states[k + 1] = true;
            }
        }
    }

    private static bool Same(char a, char b, bool ignoreCase) =>
        a == b || (ignoreCase && char.ToLowerInvariant(a) == char.ToLowerInvariant(b));

    private sealed class Token
    {
        public Token(Kind kind)
        {
            Kind = kind;
        }

        public Kind Kind { get; }

        public char Char { get; private init; }

        public CharClass? Class { get; init; }

        public static Token Of(char c) => new(Kind.Literal) { Char = c };
    }

    /// <summary>A bracket expression: ranges, single characters and POSIX classes, maybe negated.</summary>
    private sealed class CharClass
    {
        private readonly List<(char From, char To)> _ranges = new();
        private readonly List<string> _posix = new();
        private bool _negated;

        /// <summary>Reads <c>[...]</c> at <paramref name="start"/>; false when it is not closed.</summary>
        public static bool Parse(string pattern, int start, out CharClass cls, out int end)
        {
            cls = new CharClass();
            end = start;
            var i = start + 1;
            if (i < pattern.Length && pattern[i] is '!' or '^')
            {
                cls._negated = true;
                i++;
            }

            var first = true;
            while (i < pattern.Length)
            {
                var c = pattern[i];
                if (c == ']' && !first)
                {
                    end = i + 1;
                    return true;
                }

                first = false;
                if (c == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
                {
                    var close = pattern.IndexOf(":]", i + 2, StringComparison.Ordinal);
                    if (close < 0)
                    {
                        return false;
                    }

                    cls._posix.Add(pattern.Substring(i + 2, close - i - 2));
                    i = close + 2;
                    continue;
                }

                if (c == '\\')
                {
                    if (++i >= pattern.Length)
                    {
                        return false;
                    }

                    c = pattern[i];
                }

                var from = c;
                i++;
                if (i + 1 < pattern.Length && pattern[i] == '-' && pattern[i + 1] != ']')
                {
                    var to = pattern[i + 1];
                    i += 2;
                    if (to == '\\')
                    {
                        if (i >= pattern.Length)
                        {
                            return false;
                        }

                        to = pattern[i++];
                    }

                    cls._ranges.Add((from, to));
                }
                else
                {
                    cls._ranges.Add((from, from));
                }
            }

            return false;
        }

        public bool Matches(char c, bool ignoreCase)
        {
            var found = Contains(c) || (ignoreCase && (Contains(char.ToLowerInvariant(c)) || Contains(char.ToUpperInvariant(c))));
            return found != _negated;
        }

        private bool Contains(char c)
        {
            foreach (var (from, to) in _ranges)
            {
                if (c >= from && c <= to)
                {
                    return true;
                }
            }

            foreach (var name in _posix)
            {
                if (InPosixClass(name, c))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool InPosixClass(string name, char c) => name switch
        {
            "alnum" => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9',
            "alpha" => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z',
            "blank" => c is ' ' or '\t',
            "cntrl" => c < ' ' || c == '\x7f',
            "digit" => c is >= '0' and <= '9',
            "graph" => c > ' ' && c < '\x7f',
            "lower" => c is >= 'a' and <= 'z',
            "print" => c >= ' ' && c < '\x7f',
            "punct" => c > ' ' && c < '\x7f' && !(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'),
            "space" => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v',
            "upper" => c is >= 'A' and <= 'Z',
            "xdigit" => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F',
            _ => false,
        };
    }
}
