using System;

namespace DockerSecurity.Analysis.Text;

/// <summary>
/// One line of a <c>.gitignore</c> file, read as Git reads it: blank lines and <c>#</c> comments
/// are nothing; trailing spaces are dropped unless escaped (<c>\ </c>); <c>!</c> re-includes;
/// <c>\#</c> and <c>\!</c> start a pattern with those characters; a trailing <c>/</c> matches
/// folders only; a <c>/</c> at the start or in the middle anchors the pattern to the folder of the
/// <c>.gitignore</c>, otherwise it matches a name at any depth below it.
/// </summary>
public sealed class GitIgnorePattern
{
    private readonly Wildmatch? _matcher;

    private GitIgnorePattern(string text, bool isNegated, bool folderOnly, bool matchesName, Wildmatch? matcher)
    {
        Text = text;
        IsNegated = isNegated;
        FolderOnly = folderOnly;
        MatchesName = matchesName;
        _matcher = matcher;
    }

    /// <summary>The line as written (trailing spaces removed).</summary>
    public string Text { get; }

    /// <summary><c>!pattern</c>: a match re-includes the path.</summary>
    public bool IsNegated { get; }

    /// <summary><c>pattern/</c>: matches folders only.</summary>
    public bool FolderOnly { get; }

    /// <summary>No <c>/</c> except a trailing one: matched against the last path segment at any depth.</summary>
    public bool MatchesName { get; }

    /// <summary>The pattern of one line, or null for a blank line or a comment.</summary>
    public static GitIgnorePattern? Parse(string line)
    {
        line = TrimTrailingSpaces(line.TrimEnd('\r'));
        if (line.Length == 0 || line[0] == '#')
        {
            return null;
        }

        var text = line;
        var negated = false;
        if (line[0] == '!')
        {
            negated = true;
            line = line.Substring(1);
        }

        var folderOnly = false;
        if (line.EndsWith("/", StringComparison.Ordinal) && !line.EndsWith("\\/", StringComparison.Ordinal))
        {
            folderOnly = true;
            line = line.Substring(0, line.Length - 1);
        }

        if (line.Length == 0)
        {
            return null;
        }

        var matchesName = line.IndexOf('/') < 0;
        if (line[0] == '/')
        {
            line = line.Substring(1);
        }

        return new GitIgnorePattern(text, negated, folderOnly, matchesName, Wildmatch.Compile(line));
    }

    /// <summary>
    /// Whether the pattern matches <paramref name="relativePath"/> (to the folder of its
    /// <c>.gitignore</c>, <c>/</c>-separated, no leading or trailing <c>/</c>).
    /// </summary>
    public bool Matches(string relativePath, bool isFolder, bool ignoreCase = false)
    {
        if (_matcher is null || (FolderOnly && !isFolder))
        {
            return false;
        }

        var subject = MatchesName ? relativePath.Substring(relativePath.LastIndexOf('/') + 1) : relativePath;
        return _matcher.IsMatch(subject, ignoreCase);
    }

    public override string ToString() => Text;

    /// <summary>Git's trim_trailing_spaces: spaces at the end go, unless the first of them is escaped with a backslash.</summary>
    private static string TrimTrailingSpaces(string line)
    {
        var end = line.Length;
        var keep = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length)
            {
                i++;
                keep = i + 1;
            }
            else if (line[i] != ' ')
            {
                keep = i + 1;
            }
        }

        return keep < end ? line.Substring(0, keep) : line;
    }
}
