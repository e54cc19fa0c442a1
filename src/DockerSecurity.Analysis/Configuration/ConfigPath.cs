using System.Collections.Generic;
using System.IO;
using System.Text;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// Paths the way Roslyn compares them for configuration: '/' separators, no repeated separators, '.'
/// and '..' resolved in absolute paths, an upper-case drive letter on Windows. Comparison stays
/// ordinal (case-sensitive) on every OS, as in Roslyn: a folder's case decides whether it matches.
/// </summary>
internal static class ConfigPath
{
    public static readonly bool IsWindows = Path.DirectorySeparatorChar == '\\';

    public static string Normalize(string path)
    {
        if (path.Length == 0)
        {
            return path;
        }

        if (IsWindows)
        {
            path = path.Replace('\\', '/');
        }

        path = CollapseSeparators(path);
        path = ResolveDots(path);
        return NormalizeDriveLetter(path);
    }

    /// <summary>The normalized folder of a normalized file path; the root keeps its '/' ("/" or "C:/").</summary>
    public static string DirectoryOf(string normalizedFilePath)
    {
        var slash = normalizedFilePath.LastIndexOf('/');
        if (slash < 0)
        {
            return "";
        }

        var directory = normalizedFilePath.Substring(0, slash);
        return directory.Length == 0 || directory.EndsWith(":", System.StringComparison.Ordinal) ? directory + "/" : directory;
    }

    /// <summary>Whether <paramref name="path"/> lies below <paramref name="directory"/> (both normalized).</summary>
    public static bool IsBelow(string path, string directory)
    {
        if (directory.Length == 0 || path.Length <= directory.Length ||
            !path.StartsWith(directory, System.StringComparison.Ordinal))
        {
            return false;
        }

        // "/src/app" must not claim "/src/application/Dockerfile" (Roslyn's FolderNamePrefixOfFileName case).
        return directory[directory.Length - 1] == '/' || path[directory.Length] == '/';
    }

    /// <summary>Windows drive letters are case-insensitive, so Roslyn upper-cases them before comparing.</summary>
    public static string NormalizeDriveLetter(string path)
    {
        if (IsWindows && path.Length >= 2 && path[1] == ':' && char.IsLower(path[0]))
        {
            return char.ToUpperInvariant(path[0]) + path.Substring(1);
        }

        return path;
    }

    private static string CollapseSeparators(string path)
    {
        if (path.IndexOf("//", System.StringComparison.Ordinal) < 0)
        {
            return path;
        }

        var builder = new StringBuilder(path.Length);

        // A UNC path (//server/share) keeps its leading pair on Windows.
        var start = IsWindows && path.StartsWith("//", System.StringComparison.Ordinal) ? 2 : 0;
        builder.Append(path, 0, start);
        for (var i = start; i < path.Length; i++)
        {
            if (path[i] == '/' && i > start && path[i - 1] == '/')
            {
                continue;
            }

            builder.Append(path[i]);
        }

        return builder.ToString();
    }

    private static string ResolveDots(string path)
    {
        var rootLength = RootLength(path);
        if (rootLength == 0 || (path.IndexOf("/.", System.StringComparison.Ordinal) < 0))
        {
            return path;
        }

        var root = path.Substring(0, rootLength);
        var segments = new List<string>();
        foreach (var segment in path.Substring(rootLength).Split('/'))
        {
            if (segment == "." || segment.Length == 0)
            {
                continue;
            }

            if (segment == "..")
            {
                // Above the root there is nothing: "/../a" is "/a".
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(segment);
        }

        var trailing = path.EndsWith("/", System.StringComparison.Ordinal) && segments.Count > 0 ? "/" : "";
        return root + string.Join("/", segments) + trailing;
    }

    private static int RootLength(string path)
    {
        if (path.StartsWith("//", System.StringComparison.Ordinal) && IsWindows)
        {
            return 2;
        }

        if (path.StartsWith("/", System.StringComparison.Ordinal))
        {
            return 1;
        }

        if (IsWindows && path.Length >= 3 && path[1] == ':' && path[2] == '/')
        {
            return 3;
        }

        return 0;
    }
}
