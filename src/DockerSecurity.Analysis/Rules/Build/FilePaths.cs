using System;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>Comparisons of absolute paths as <c>rm</c> arguments and mount targets write them.</summary>
internal static class FilePaths
{
    /// <summary>
    /// Whether <paramref name="written"/> (<c>/var/lib/apt/lists/*</c>, <c>/var/lib/apt/</c>,
    /// <c>/root/.cache</c>) names <paramref name="path"/> or a folder that holds it, or all of its content.
    /// A leading <c>~</c> is root's home, where RUN starts by default.
    /// </summary>
    public static bool Covers(string written, string path)
    {
        var normalized = Normalize(written);
        var target = Normalize(path);
        return normalized.Length > 0
            && (target == normalized || target.StartsWith(normalized + "/", StringComparison.Ordinal) || (normalized == "/" && target.Length > 0));
    }

    /// <summary>Whether <paramref name="value"/> starts with <paramref name="folder"/> (a path inside it or the folder itself).</summary>
    public static bool IsUnder(string value, string folder)
    {
        var normalized = Normalize(value);
        var root = Normalize(folder);
        return normalized == root || normalized.StartsWith(root + "/", StringComparison.Ordinal);
    }

    private static string Normalize(string path)
    {
        var text = path.Trim();
        if (text.StartsWith("~/", StringComparison.Ordinal) || text == "~")
        {
            text = "/root" + text.Substring(1);
        }
        else if (text.StartsWith("$HOME", StringComparison.Ordinal) || text.StartsWith("${HOME}", StringComparison.Ordinal))
        {
            text = "/root" + text.Substring(text[1] == '{' ? 7 : 5);
        }

        while (text.Length > 1 && (text.EndsWith("/*", StringComparison.Ordinal) || text.EndsWith("/", StringComparison.Ordinal) || text.EndsWith("/.", StringComparison.Ordinal)))
        {
            text = text.EndsWith("/", StringComparison.Ordinal) ? text.Substring(0, text.Length - 1) : text.Substring(0, text.Length - 2);
        }

        while (text.IndexOf("//", StringComparison.Ordinal) >= 0)
        {
            text = text.Replace("//", "/");
        }

        return text.Length == 0 ? "/" : text;
    }
}
