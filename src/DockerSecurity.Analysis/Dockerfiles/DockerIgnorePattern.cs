using System;
using System.Text;
using System.Text.RegularExpressions;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>
/// One pattern of a .dockerignore, compiled as moby/patternmatcher does: an exact path, a prefix
/// (<c>dir/**</c>), a suffix (<c>**/name</c>) or a regular expression where <c>*</c> and <c>?</c>
/// stay within one path element and <c>**</c> spans any number of elements.
/// </summary>
internal sealed class DockerIgnorePattern
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private readonly Kind _kind;
    private readonly Regex? _regex;

    private DockerIgnorePattern(string text, bool isException, Kind kind, Regex? regex)
    {
        Text = text;
        IsException = isException;
        _kind = kind;
        _regex = regex;
    }

    private enum Kind
    {
        Exact,
        Prefix,
        Suffix,
        Expression,
    }

    /// <summary>The cleaned pattern, without its <c>!</c>.</summary>
    public string Text { get; }

    /// <summary>A <c>!pattern</c>: it re-includes what earlier patterns excluded.</summary>
    public bool IsException { get; }

    /// <summary>Compiles one line's pattern; null with the reason when Docker would reject it.</summary>
    public static DockerIgnorePattern? Compile(string line, out string? problem)
    {
        problem = null;
        var pattern = SlashPath.Clean(line);
        var isException = pattern[0] == '!';
        if (isException)
        {
            if (pattern.Length == 1)
            {
                problem = "'!' alone is not a valid exception";
                return null;
            }

            pattern = pattern.Substring(1);
        }

        if (!IsValidGlob(pattern))
        {
            problem = $"'{line}' is not a valid pattern";
            return null;
        }

        var kind = Kind.Exact;
        var expression = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*')
            {
                if (i + 1 < pattern.Length && pattern[i + 1] == '*')
                {
                    var first = i == 0;
                    i++;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                    {
                        i++;
                    }

                    if (i + 1 >= pattern.Length)
                    {
                        // A trailing ** accepts everything below, as in .gitignore.
                        if (kind == Kind.Exact)
                        {
                            kind = Kind.Prefix;
                        }
                        else
                        {
                            expression.Append(".*");
                            kind = Kind.Expression;
                        }
                    }
                    else
                    {
                        expression.Append("(.*/)?");
                        kind = Kind.Expression;
                    }

                    if (first)
                    {
                        kind = Kind.Suffix;
                    }
                }
                else
                {
                    expression.Append("[^/]*");
                    kind = Kind.Expression;
                }
            }
            else if (c == '?')
            {
                expression.Append("[^/]");
                kind = Kind.Expression;
            }
            else if (".+()|{}$".IndexOf(c) >= 0)
            {
                expression.Append('\\').Append(c);
            }
            else if (c == '\\')
            {
                if (i + 1 < pattern.Length)
                {
                    expression.Append('\\').Append(pattern[++i]);
                    kind = Kind.Expression;
                }
                else
                {
                    expression.Append("\\\\");
                }
            }
            else if (c == '[' || c == ']')
            {
                expression.Append(c);
                kind = Kind.Expression;
            }
            else
            {
                expression.Append(c);
            }
        }

        Regex? regex = null;
        if (kind == Kind.Expression)
        {
            try
            {
                regex = new Regex(expression.Append('$').ToString(), RegexOptions.CultureInvariant, MatchTimeout);
            }
            catch (ArgumentException)
            {
                problem = $"'{line}' is not a valid pattern";
                return null;
            }
        }

        return new DockerIgnorePattern(pattern, isException, kind, regex);
    }

    /// <summary>Whether the slash-separated <paramref name="path"/> matches the pattern itself (no parent folders).</summary>
    public bool Matches(string path)
    {
        switch (_kind)
        {
            case Kind.Exact:
                return path == Text;
            case Kind.Prefix:
                return path.StartsWith(Text.Substring(0, Text.Length - 2), StringComparison.Ordinal);
            case Kind.Suffix:
                var suffix = Text.Substring(2);
                return path.EndsWith(suffix, StringComparison.Ordinal) || (suffix.Length > 0 && suffix[0] == '/' && path == suffix.Substring(1));
            default:
                try
                {
                    return _regex!.IsMatch(path);
                }
                catch (RegexMatchTimeoutException)
                {
                    return false;
                }
        }
    }

    public override string ToString() => (IsException ? "!" : string.Empty) + Text;

    /// <summary>Go's filepath.Match syntax check: character classes closed and non-empty, ranges complete, no dangling backslash.</summary>
    private static bool IsValidGlob(string pattern)
    {
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 >= pattern.Length)
                {
                    return false;
                }

                i += 2;
                continue;
            }

            if (c != '[')
            {
                i++;
                continue;
            }

            i++;
            if (i < pattern.Length && pattern[i] == '^')
            {
                i++;
            }

            var ranges = 0;
            while (true)
            {
                if (i < pattern.Length && pattern[i] == ']' && ranges > 0)
                {
                    i++;
                    break;
                }

                if (!ReadClassChar(pattern, ref i))
                {
                    return false;
                }

                if (pattern[i] == '-')
                {
                    i++;
                    if (!ReadClassChar(pattern, ref i))
                    {
                        return false;
                    }
                }

                ranges++;
            }
        }

        return true;
    }

    /// <summary>Go's getEsc: one (possibly escaped) character of a class, which must not end the pattern.</summary>
    private static bool ReadClassChar(string pattern, ref int i)
    {
        if (i >= pattern.Length || pattern[i] == '-' || pattern[i] == ']')
        {
            return false;
        }

        if (pattern[i] == '\\')
        {
            i++;
            if (i >= pattern.Length)
            {
                return false;
            }
        }

        i += char.IsHighSurrogate(pattern[i]) && i + 1 < pattern.Length ? 2 : 1;
        return i < pattern.Length;
    }
}
