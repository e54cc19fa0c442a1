using System;
using System.Collections.Generic;
using System.IO;

namespace DockerSecurity.Analysis.Text;

/// <summary>
/// Whether Git ignores a path of a working tree, from its ignore files as Git combines them: the
/// <c>.gitignore</c> of the path's folder and of every folder above it up to the repository root
/// (a deeper file overrides a higher one; within a file the last matching line wins), then
/// <c>.git/info/exclude</c>. A path inside an ignored folder is ignored whatever a later
/// <c>!</c> line says, as in Git. The user's global excludes file is not read, so a result does not
/// depend on the machine; <c>core.ignoreCase</c> from the repository's config is honoured.
/// </summary>
public sealed class GitIgnore
{
    private const long MaxIgnoreFileBytes = 1024 * 1024;

    private readonly string _root;
    private readonly bool _ignoreCase;
    private readonly IReadOnlyList<GitIgnorePattern> _exclude;
    private readonly Dictionary<string, IReadOnlyList<GitIgnorePattern>> _files = new(StringComparer.Ordinal);
    private readonly Func<string, string?> _readFile;

    private GitIgnore(string root, bool ignoreCase, IReadOnlyList<GitIgnorePattern> exclude, Func<string, string?> readFile)
    {
        _root = root;
        _ignoreCase = ignoreCase;
        _exclude = exclude;
        _readFile = readFile;
    }

    /// <summary>The working tree root: the nearest folder at or above <paramref name="folder"/> that has a <c>.git</c> folder or file; null when there is none.</summary>
    public static string? FindRepositoryRoot(string folder)
    {
        try
        {
            for (var current = Path.GetFullPath(folder); !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
            {
                var git = Path.Combine(current, ".git");
                if (TrackedFileSystem.DirectoryExists(git) || TrackedFileSystem.FileExists(git))
                {
                    return current;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
        }

        return null;
    }

    /// <summary>The ignore rules of the repository whose working tree root is <paramref name="root"/>.</summary>
    public static GitIgnore ForRepository(string root)
    {
        var gitFolder = GitFolder(root);
        var commonFolder = gitFolder is null ? null : CommonFolder(gitFolder);
        var exclude = commonFolder is null ? null : ReadFile(Path.Combine(commonFolder, "info", "exclude"));
        var config = commonFolder is null ? null : ReadFile(Path.Combine(commonFolder, "config"));
        return new GitIgnore(root, IgnoresCase(config), ParseLines(exclude), ReadFile);
    }

    /// <summary>Rules from given texts, for tests: <paramref name="files"/> maps a folder relative to the root (<c>""</c>, <c>a/b</c>) to its <c>.gitignore</c>.</summary>
    public static GitIgnore FromTexts(IReadOnlyDictionary<string, string> files, string? exclude = null, bool ignoreCase = false)
    {
        var root = Path.GetFullPath("/gitignore-root");
        return new GitIgnore(root, ignoreCase, ParseLines(exclude), path =>
        {
            var folder = Path.GetDirectoryName(path) ?? root;
            var relative = folder.Length <= root.Length ? "" : folder.Substring(root.Length + 1).Replace('\\', '/');
            return files.TryGetValue(relative, out var text) ? text : null;
        });
    }

    /// <summary>Whether Git ignores <paramref name="relativePath"/> (to the root, <c>/</c>-separated).</summary>
    public bool IsIgnored(string relativePath, bool isFolder)
    {
        var segments = relativePath.Replace('\\', '/').Trim('/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return false;
        }

        // Git does not look into an excluded folder, so nothing below it can be re-included.
        for (var depth = 1; depth < segments.Length; depth++)
        {
            if (Decide(segments, depth, isFolder: true) == true)
            {
                return true;
            }
        }

        return Decide(segments, segments.Length, isFolder) == true;
    }

    /// <summary>Whether Git ignores the absolute <paramref name="path"/>; false for a path outside the working tree.</summary>
    public bool IsIgnoredPath(string path, bool isFolder)
    {
        var full = Path.GetFullPath(path);
        var root = _root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var comparison = _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (full.Length <= root.Length + 1 || !full.StartsWith(root, comparison) || (full[root.Length] != Path.DirectorySeparatorChar && full[root.Length] != Path.AltDirectorySeparatorChar))
        {
            return false;
        }

        return IsIgnored(full.Substring(root.Length + 1), isFolder);
    }

    /// <summary>
    /// The decision for the first <paramref name="count"/> segments: true ignored, false
    /// re-included, null when no line matches.
    /// </summary>
    private bool? Decide(string[] segments, int count, bool isFolder)
    {
        for (var folderDepth = count - 1; folderDepth >= 0; folderDepth--)
        {
            var folder = string.Join("/", segments, 0, folderDepth);
            var relative = string.Join("/", segments, folderDepth, count - folderDepth);
            if (LastMatch(PatternsOf(folder), relative, isFolder) is { } match)
            {
                return !match.IsNegated;
            }
        }

        var whole = string.Join("/", segments, 0, count);
        return LastMatch(_exclude, whole, isFolder) is { } excluded ? !excluded.IsNegated : null;
    }

    private GitIgnorePattern? LastMatch(IReadOnlyList<GitIgnorePattern> patterns, string relative, bool isFolder)
    {
        for (var i = patterns.Count - 1; i >= 0; i--)
        {
            if (patterns[i].Matches(relative, isFolder, _ignoreCase))
            {
                return patterns[i];
            }
        }

        return null;
    }

    private IReadOnlyList<GitIgnorePattern> PatternsOf(string folder)
    {
        if (!_files.TryGetValue(folder, out var patterns))
        {
            var path = folder.Length == 0 ? Path.Combine(_root, ".gitignore") : Path.Combine(_root, folder.Replace('/', Path.DirectorySeparatorChar), ".gitignore");
            patterns = ParseLines(_readFile(path));
            _files[folder] = patterns;
        }

        return patterns;
    }

    private static IReadOnlyList<GitIgnorePattern> ParseLines(string? text)
    {
        var patterns = new List<GitIgnorePattern>();
        if (text is null)
        {
            return patterns;
        }

        foreach (var line in text.Split('\n'))
        {
            if (GitIgnorePattern.Parse(line) is { } pattern)
            {
                patterns.Add(pattern);
            }
        }

        return patterns;
    }

    /// <summary><c>.git</c> itself, or for a linked worktree or submodule the folder its <c>gitdir:</c> line names.</summary>
    private static string? GitFolder(string root)
    {
        var git = Path.Combine(root, ".git");
        if (TrackedFileSystem.DirectoryExists(git))
        {
            return git;
        }

        var text = ReadFile(git);
        if (text is null || !text.StartsWith("gitdir:", StringComparison.Ordinal))
        {
            return null;
        }

        var target = text.Substring("gitdir:".Length).Trim();
        return SafeCombine(root, target);
    }

    /// <summary>The folder shared by all worktrees (where <c>info/exclude</c> and <c>config</c> are): named by <c>commondir</c>, else the git folder.</summary>
    private static string CommonFolder(string gitFolder)
    {
        var common = ReadFile(Path.Combine(gitFolder, "commondir"))?.Trim();
        return string.IsNullOrEmpty(common) ? gitFolder : SafeCombine(gitFolder, common!) ?? gitFolder;
    }

    /// <summary><c>ignorecase = true</c> in the <c>[core]</c> section.</summary>
    private static bool IgnoresCase(string? config)
    {
        if (config is null)
        {
            return false;
        }

        var inCore = false;
        foreach (var raw in config.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("[", StringComparison.Ordinal))
            {
                inCore = line.TrimEnd(']').TrimStart('[').Trim().Equals("core", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            var equals = line.IndexOf('=');
            if (inCore && equals > 0 && line.Substring(0, equals).Trim().Equals("ignorecase", StringComparison.OrdinalIgnoreCase))
            {
                var value = line.Substring(equals + 1).Trim().ToLowerInvariant();
                return value is "true" or "yes" or "on" or "1";
            }
        }

        return false;
    }

    private static string? SafeCombine(string folder, string path)
    {
        try
        {
            return Path.GetFullPath(Path.Combine(folder, path));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    private static string? ReadFile(string path)
    {
        try
        {
            var info = TrackedFileSystem.FileInfo(path);
            return info.Exists && info.Length <= MaxIgnoreFileBytes ? TrackedFileSystem.ReadAllText(path) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
