using System;
using System.IO;

namespace DockerSecurity.Analysis.Rules;

/// <summary>File paths as messages show them: stable across machines, so baselines still match.</summary>
internal static class ComposePaths
{
    /// <summary><paramref name="path"/> relative to <paramref name="folder"/> with '/' separators when it is inside it, else its file name.</summary>
    public static string Display(string path, string? folder)
    {
        if (!string.IsNullOrEmpty(folder))
        {
            var prefix = folder!.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (path.StartsWith(prefix, StringComparison.Ordinal))
            {
                return path.Substring(prefix.Length).Replace(Path.DirectorySeparatorChar, '/');
            }
        }

        return Path.GetFileName(path);
    }
}
