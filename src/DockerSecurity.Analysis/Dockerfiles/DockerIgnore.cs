using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Dockerfiles.Parsing;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>
/// A .dockerignore file read with Docker's semantics (moby/patternmatcher and its ignorefile
/// reader): one pattern per line relative to the build context root, a leading <c>/</c> dropped,
/// <c>#</c> comment lines and blank lines skipped, each pattern cleaned like a path, <c>*</c>,
/// <c>?</c>, <c>[...]</c> and <c>**</c> wildcards, <c>!</c> exceptions, the last matching line deciding.
/// A path is excluded when it or one of its parent folders matches.
/// </summary>
public sealed class DockerIgnore
{
    private readonly List<DockerIgnorePattern> _patterns;

    private DockerIgnore(List<DockerIgnorePattern> patterns, IReadOnlyList<string> problems)
    {
        _patterns = patterns;
        Problems = problems;
    }

    /// <summary>An ignore file that excludes nothing.</summary>
    public static DockerIgnore Empty { get; } = new(new List<DockerIgnorePattern>(), Array.Empty<string>());

    /// <summary>The patterns as Docker keeps them, exceptions with their <c>!</c>.</summary>
    public IReadOnlyList<string> Patterns => _patterns.ConvertAll(p => p.ToString());

    /// <summary>Lines Docker would reject (a lone <c>!</c>, an unclosed <c>[</c>); they are skipped here, Docker fails the build.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Reads the file's text. Never throws.</summary>
    public static DockerIgnore Parse(string text)
    {
        var patterns = new List<DockerIgnorePattern>();
        var problems = new List<string>();
        var lines = text.Split('\n');
        for (var number = 0; number < lines.Length; number++)
        {
            var line = lines[number];
            if (line.EndsWith("\r", StringComparison.Ordinal))
            {
                line = line.Substring(0, line.Length - 1);
            }

            if (number == 0 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line.Substring(1);
            }

            // A comment only when '#' is the very first character; " #x" is a pattern.
            if (line.StartsWith("#", StringComparison.Ordinal) || TrimSpace(line) is not { Length: > 0 } pattern)
            {
                continue;
            }

            if (Normalize(pattern) is not { } normalized)
            {
                continue;
            }

            if (DockerIgnorePattern.Compile(normalized, out var problem) is { } compiled)
            {
                patterns.Add(compiled);
            }
            else if (problem is not null)
            {
                problems.Add($"line {number + 1}: {problem}");
            }
        }

        return new DockerIgnore(patterns, problems);
    }

    /// <summary>
    /// Whether Docker leaves <paramref name="path"/> (slash-separated, relative to the context root)
    /// out of the build context: the last pattern that matches it or one of its parent folders decides.
    /// </summary>
    public bool Excludes(string path)
    {
        var file = SlashPath.Clean(path);
        if (file == ".")
        {
            return false;
        }

        // The parent folders, outermost first: a/b/c has a and a/b.
        var parent = SlashPath.Dir(file);
        var segments = parent == "." ? Array.Empty<string>() : parent.Split('/');
        var parents = new string[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            parents[i] = i == 0 ? segments[0] : parents[i - 1] + "/" + segments[i];
        }

        var excluded = false;
        foreach (var pattern in _patterns)
        {
            // An inclusion cannot change an excluded path, nor an exception an included one.
            if (pattern.IsException != excluded)
            {
                continue;
            }

            var match = pattern.Matches(file);
            for (var i = 0; !match && i < parents.Length; i++)
            {
                match = pattern.Matches(parents[i]);
            }

            if (match)
            {
                excluded = !pattern.IsException;
            }
        }

        return excluded;
    }

    /// <summary>The ignorefile reader's normalisation: <c>!</c> kept aside, the rest cleaned, a leading slash dropped.</summary>
    private static string? Normalize(string pattern)
    {
        var exception = pattern[0] == '!';
        if (exception)
        {
            pattern = TrimSpace(pattern.Substring(1));
        }

        if (pattern.Length > 0)
        {
            pattern = SlashPath.Clean(pattern);
            if (pattern.Length > 1 && pattern[0] == '/')
            {
                pattern = pattern.Substring(1);
            }
        }

        var result = exception ? "!" + pattern : pattern;

        // The matcher trims again and skips what is then empty.
        result = TrimSpace(result);
        return result.Length == 0 ? null : result;
    }

    private static string TrimSpace(string text)
    {
        var start = 0;
        var end = text.Length;
        GoText.TrimSpace(text, ref start, ref end);
        return text.Substring(start, end - start);
    }
}
