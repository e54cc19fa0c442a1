using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Text;

/// <summary>
/// Paths as SARIF and the baseline write them: forward slashes, <c>.</c> and <c>..</c> resolved,
/// relative to the repository root when inside it. Pure string work, so results do not depend on
/// the machine (a Windows-shaped root compares case-insensitively, a POSIX one ordinally).
/// </summary>
public static class RepositoryPath
{
    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="repositoryRoot"/> (<c>src/api/Dockerfile</c>),
    /// or null when it lies outside the root or the root is unknown. A relative
    /// <paramref name="path"/> is taken as relative to the root already.
    /// </summary>
    public static string? MakeRelative(string path, string? repositoryRoot)
    {
        var hasRoot = repositoryRoot is not null && IsRooted(repositoryRoot);
        if (!IsRooted(path) && !hasRoot)
        {
            var relative = Normalize(path);
            return relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." ? null : relative;
        }

        if (!hasRoot)
        {
            return null;
        }

        var root = Normalize(repositoryRoot!).TrimEnd('/');
        var full = ToAbsolute(path, repositoryRoot);
        var comparison = IsWindowsShaped(root) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (root.Length == 0)
        {
            // The file-system root itself: every POSIX path is inside it.
            return full.Length > 1 ? full.Substring(1) : null;
        }

        if (full.Length > root.Length + 1
            && full.StartsWith(root, comparison)
            && full[root.Length] == '/')
        {
            return full.Substring(root.Length + 1);
        }

        return null;
    }

    /// <summary>How a file is named in a baseline and in fingerprints: repository-relative, else the normalised absolute path.</summary>
    public static string ForDisplay(string path, string? repositoryRoot) =>
        MakeRelative(path, repositoryRoot) ?? ToAbsolute(path, repositoryRoot);

    /// <summary>The normalised path, a relative one resolved against a rooted <paramref name="repositoryRoot"/>.</summary>
    public static string ToAbsolute(string path, string? repositoryRoot) =>
        IsRooted(path) || repositoryRoot is null || !IsRooted(repositoryRoot)
            ? Normalize(path)
            : Normalize(repositoryRoot + "/" + path);

    /// <summary>True for <c>/x</c>, <c>\x</c>, <c>C:\x</c>, <c>C:/x</c> and UNC paths.</summary>
    public static bool IsRooted(string path) =>
        path.Length > 0 && (path[0] == '/' || path[0] == '\\' || HasDriveLetter(path));

    /// <summary>Forward slashes, duplicate separators removed, <c>.</c> and <c>..</c> segments resolved (never above the root).</summary>
    public static string Normalize(string path)
    {
        var slashed = path.Replace('\\', '/');
        var prefix = "";
        var rest = slashed;
        if (slashed.StartsWith("//", StringComparison.Ordinal))
        {
            prefix = "//";
            rest = slashed.Substring(2);
        }
        else if (HasDriveLetter(slashed))
        {
            prefix = slashed.Substring(0, 2) + "/";
            rest = slashed.Substring(2);
        }
        else if (slashed.StartsWith("/", StringComparison.Ordinal))
        {
            prefix = "/";
        }

        var segments = new List<string>();
        foreach (var segment in rest.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 0 && segments[segments.Count - 1] != "..")
                {
                    segments.RemoveAt(segments.Count - 1);
                }
                else if (prefix.Length == 0)
                {
                    segments.Add(segment);
                }

                continue;
            }

            segments.Add(segment);
        }

        var joined = string.Join("/", segments);
        return prefix.Length == 0 && joined.Length == 0 ? "." : prefix + joined;
    }

    internal static bool HasDriveLetter(string path) =>
        path.Length >= 2 && path[1] == ':' && IsAsciiLetter(path[0]) && (path.Length == 2 || path[2] == '/' || path[2] == '\\');

    private static bool IsWindowsShaped(string normalized) =>
        HasDriveLetter(normalized) || normalized.StartsWith("//", StringComparison.Ordinal);

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
