using System;
using System.Collections.Generic;
using System.Text;

namespace DockerSecurity.Analysis.Dockerfiles.Parsing;

/// <summary>
/// The wildcard patterns of <c>${VAR%pattern}</c>, <c>${VAR#pattern}</c> and <c>${VAR/pattern/x}</c>
/// (<c>*</c>, <c>?</c>, <c>\</c> escapes; no brackets), matched without regular expressions so that
/// no input can make matching blow up.
/// </summary>
internal sealed class ShellPattern
{
    private const char Star = '\uE000';
    private const char AnyChar = '\uE001';

    // Work bound for one operation; beyond it the value is left unchanged.
    private const long Budget = 4_000_000;

    // Each token is a literal character, or Star / AnyChar flagged by _wild.
    private readonly char[] _tokens;
    private readonly bool[] _wild;

    private ShellPattern(char[] tokens, bool[] wild)
    {
        _tokens = tokens;
        _wild = wild;
    }

    /// <summary>Null when the pattern has an invalid escape, as Docker reports.</summary>
    public static ShellPattern? Parse(string pattern)
    {
        var tokens = new List<char>(pattern.Length);
        var wild = new List<bool>(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*':
                    tokens.Add(Star);
                    wild.Add(true);
                    break;
                case '?':
                    tokens.Add(AnyChar);
                    wild.Add(true);
                    break;
                case '\\':
                    if (i + 1 < pattern.Length && (pattern[i + 1] == '}' || pattern[i + 1] == '/'))
                    {
                        break;
                    }

                    if (i + 1 >= pattern.Length || (pattern[i + 1] != '*' && pattern[i + 1] != '?' && pattern[i + 1] != '\\'))
                    {
                        return null;
                    }

                    tokens.Add(pattern[++i]);
                    wild.Add(false);
                    break;
                default:
                    tokens.Add(c);
                    wild.Add(false);
                    break;
            }
        }

        return new ShellPattern(tokens.ToArray(), wild.ToArray());
    }

    public string TrimPrefix(string value, bool longest)
    {
        var length = MatchingPrefix(_tokens, _wild, value, 0, longest);
        return length < 0 ? value : value.Substring(length);
    }

    public string TrimSuffix(string value, bool longest)
    {
        var tokens = (char[])_tokens.Clone();
        var wild = (bool[])_wild.Clone();
        Array.Reverse(tokens);
        Array.Reverse(wild);
        var reversed = Reverse(value);
        var length = MatchingPrefix(tokens, wild, reversed, 0, longest);
        return length < 0 ? value : value.Substring(0, value.Length - length);
    }

    public string Replace(string value, string replacement, bool all)
    {
        if ((long)value.Length * value.Length * (_tokens.Length + 1) > Budget)
        {
            return value;
        }

        var result = new StringBuilder(value.Length);
        var position = 0;
        var replaced = false;
        while (position <= value.Length)
        {
            var matchStart = -1;
            var matchLength = -1;
            for (var start = position; start <= value.Length; start++)
            {
                matchLength = MatchingPrefix(_tokens, _wild, value, start, longest: true);
                if (matchLength >= 0)
                {
                    matchStart = start;
                    break;
                }
            }

            if (matchStart < 0)
            {
                break;
            }

            result.Append(value, position, matchStart - position).Append(replacement);
            replaced = true;
            position = matchStart + matchLength;
            if (!all)
            {
                break;
            }

            if (matchLength == 0)
            {
                if (position < value.Length)
                {
                    result.Append(value[position]);
                }

                position++;
            }
        }

        if (!replaced)
        {
            return value;
        }

        if (position < value.Length)
        {
            result.Append(value, position, value.Length - position);
        }

        return result.ToString();
    }

    /// <summary>Length of the shortest or longest <c>value[start..]</c> prefix the whole pattern matches; -1 when none.</summary>
    private static int MatchingPrefix(char[] tokens, bool[] wild, string value, int start, bool longest)
    {
        var available = value.Length - start;
        if ((long)(available + 1) * (tokens.Length + 1) > Budget)
        {
            return -1;
        }

        // matched[j]: the first j tokens match value[start .. start+i).
        var matched = new bool[tokens.Length + 1];
        var next = new bool[tokens.Length + 1];
        matched[0] = true;
        for (var j = 1; j <= tokens.Length; j++)
        {
            matched[j] = matched[j - 1] && wild[j - 1] && tokens[j - 1] == Star;
        }

        var found = matched[tokens.Length] ? 0 : -1;
        if (found == 0 && !longest)
        {
            return 0;
        }

        for (var i = 1; i <= available; i++)
        {
            var c = value[start + i - 1];
            next[0] = false;
            for (var j = 1; j <= tokens.Length; j++)
            {
                var token = tokens[j - 1];
                bool ok;
                if (wild[j - 1] && token == Star)
                {
                    // Like Go's regexp, a wildcard does not match a line feed.
                    ok = next[j - 1] || (matched[j] && c != '\n');
                }
                else if (wild[j - 1])
                {
                    ok = matched[j - 1] && c != '\n';
                }
                else
                {
                    ok = matched[j - 1] && token == c;
                }

                next[j] = ok;
            }

            (matched, next) = (next, matched);
            if (matched[tokens.Length])
            {
                found = i;
                if (!longest)
                {
                    return found;
                }
            }
        }

        return found;
    }

    private static string Reverse(string value)
    {
        var chars = value.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }
}
