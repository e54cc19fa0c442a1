using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// An .editorconfig section name compiled as Roslyn compiles it: to a regular expression over the
/// file's path relative to the .editorconfig folder (always starting with '/'), with number ranges
/// checked after the match. A name without '/' matches the file name in any folder below
/// (<c>^.*/name$</c>); a name with '/' is anchored at the folder (<c>^/dir/name$</c>).
/// </summary>
internal sealed class SectionNameMatcher
{
    // Paths are short; the timeout only stops a pathological glob from stalling a build.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    // The same few names ([*], [Dockerfile], [*.cs]) recur in every .editorconfig of a repository.
    private static readonly ConcurrentDictionary<string, (SectionNameMatcher? Matcher, string? Error)> Cache = new(StringComparer.Ordinal);

    private readonly Regex regex;
    private readonly IReadOnlyList<(int Min, int Max)> numberRanges;

    private SectionNameMatcher(Regex regex, IReadOnlyList<(int Min, int Max)> numberRanges)
    {
        this.regex = regex;
        this.numberRanges = numberRanges;
    }

    /// <summary>The compiled regular expression (Roslyn's tests pin its text).</summary>
    public string Pattern => regex.ToString();

    /// <summary>The matcher, or null and why the name is not a valid glob.</summary>
    public static SectionNameMatcher? TryCreate(string sectionName, out string? error)
    {
        if (Cache.TryGetValue(sectionName, out var cached))
        {
            error = cached.Error;
            return cached.Matcher;
        }

        var compiler = new Compiler(sectionName);
        var matcher = compiler.Compile();
        error = compiler.Error;
        if (Cache.Count > 4096)
        {
            Cache.Clear();
        }

        Cache[sectionName] = (matcher, error);
        return matcher;
    }

    /// <param name="relativePath">The path below the .editorconfig folder, starting with '/'.</param>
    public bool IsMatch(string relativePath)
    {
        try
        {
            if (numberRanges.Count == 0)
            {
                return regex.IsMatch(relativePath);
            }

            // Like Roslyn, only the match the regex engine finds is checked against the ranges.
            var match = regex.Match(relativePath);
            if (!match.Success)
            {
                return false;
            }

            for (var i = 0; i < numberRanges.Count; i++)
            {
                if (!int.TryParse(match.Groups[i + 1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ||
                    number < numberRanges[i].Min || number > numberRanges[i].Max)
                {
                    return false;
                }
            }

            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// The grammar (from Roslyn's AnalyzerConfig.SectionNameMatching):
    /// path-list ::= path-item*; path-item ::= "*" | "**" | "?" | char | choice | range | class;
    /// choice ::= "{" path-list ("," path-list)* "}"; range ::= "{" integer ".." integer "}".
    /// </summary>
    private sealed class Compiler
    {
        private readonly string sectionName;
        private readonly SectionNameLexer lexer;
        private readonly StringBuilder pattern = new();
        private readonly List<(int Min, int Max)> ranges = new();

        public Compiler(string sectionName)
        {
            this.sectionName = sectionName;
            lexer = new SectionNameLexer(sectionName);
        }

        public string? Error { get; private set; }

        public SectionNameMatcher? Compile()
        {
            pattern.Append('^');
            if (sectionName.IndexOf('/') < 0)
            {
                pattern.Append(".*/");
            }
            else if (sectionName[0] != '/')
            {
                pattern.Append('/');
            }

            if (!CompilePathList(inChoice: false))
            {
                return null;
            }

            pattern.Append('$');
            try
            {
                return new SectionNameMatcher(new Regex(pattern.ToString(), RegexOptions.None, MatchTimeout), ranges);
            }
            catch (ArgumentException exception)
            {
                // e.g. "[]" or "[z-a]": the character class is not one a regex accepts.
                Fail($"its character class is not valid ({exception.Message})");
                return null;
            }
        }

        private bool CompilePathList(bool inChoice)
        {
            while (!lexer.IsDone)
            {
                switch (lexer.Lex())
                {
                    case SectionNameToken.BadToken:
                        return Fail("it ends with a '\\' that escapes nothing");
                    case SectionNameToken.SimpleCharacter:
                        pattern.Append(Regex.Escape(lexer.Eat().ToString()));
                        break;
                    case SectionNameToken.Question:
                        pattern.Append('.');
                        break;
                    case SectionNameToken.Star:
                        pattern.Append("[^/]*");
                        break;
                    case SectionNameToken.StarStar:
                        pattern.Append(".*");
                        break;
                    case SectionNameToken.OpenCurly:
                        lexer.Position--;
                        if (!CompileRangeOrChoice())
                        {
                            return false;
                        }

                        break;
                    case SectionNameToken.CloseCurly:
                        return inChoice || Fail("a '}' has no matching '{'");
                    case SectionNameToken.Comma:
                        return inChoice || Fail("a ',' is outside braces (write {a,b}, or \\, for a comma)");
                    case SectionNameToken.OpenBracket:
                        pattern.Append('[');
                        if (!CompileCharacterClass())
                        {
                            return false;
                        }

                        break;
                }
            }

            return !inChoice || Fail("a '{' is never closed");
        }

        private bool CompileRangeOrChoice()
        {
            var range = TryLexNumberRange();
            if (range is null)
            {
                return CompileChoice();
            }

            var (start, end) = range.Value;
            if (!int.TryParse(start, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var low) ||
                !int.TryParse(end, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var high))
            {
                return Fail($"the number range {{{start}..{end}}} does not fit in 32-bit integers");
            }

            ranges.Add(low < high ? (low, high) : (high, low));

            // Any digits here; the range is checked after the match.
            pattern.Append("(-?[0-9]+)");
            return true;
        }

        private bool CompileChoice()
        {
            lexer.Lex();
            pattern.Append("(?:");
            while (CompilePathList(inChoice: true))
            {
                if (lexer[lexer.Position - 1] == ',')
                {
                    pattern.Append('|');
                }
                else
                {
                    pattern.Append(')');
                    return true;
                }
            }

            return false;
        }

        /// <summary>[...] after the '[': a leading '!' negates, '\' escapes, ']' ends; '-' is a regex range too.</summary>
        private bool CompileCharacterClass()
        {
            if (!lexer.IsDone && lexer.Current == '!')
            {
                pattern.Append('^');
                lexer.Position++;
            }

            while (!lexer.IsDone)
            {
                var character = lexer.Eat();
                switch (character)
                {
                    case '-':
                        pattern.Append('-');
                        break;
                    case '\\':
                        if (lexer.IsDone)
                        {
                            return Fail("a '[' is never closed");
                        }

                        pattern.Append('\\').Append(lexer.Eat());
                        break;
                    case ']':
                        pattern.Append(']');
                        return true;
                    default:
                        pattern.Append(Regex.Escape(character.ToString()));
                        break;
                }
            }

            return Fail("a '[' is never closed");
        }

        private (string Start, string End)? TryLexNumberRange()
        {
            var saved = lexer.Position;
            if (lexer.Lex() == SectionNameToken.OpenCurly)
            {
                var start = lexer.TryLexNumber();
                if (start is not null &&
                    lexer.TryEat(out var dot1) && dot1 == '.' &&
                    lexer.TryEat(out var dot2) && dot2 == '.')
                {
                    var end = lexer.TryLexNumber();
                    if (end is not null && !lexer.IsDone && lexer.Lex() == SectionNameToken.CloseCurly)
                    {
                        return (start, end);
                    }
                }
            }

            lexer.Position = saved;
            return null;
        }

        private bool Fail(string reason)
        {
            Error ??= reason;
            return false;
        }
    }
}
