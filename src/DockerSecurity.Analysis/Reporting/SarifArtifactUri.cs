using System;
using System.Text;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Reporting;

/// <summary>
/// URI references for SARIF <c>artifactLocation</c>: repository-relative against <c>%SRCROOT%</c>
/// when possible, else an absolute <c>file:</c> URI. Everything but RFC 3986 unreserved characters
/// and the separating slashes is percent-encoded as UTF-8, so a <c>:</c> in a relative path can
/// never be read as a scheme.
/// </summary>
public static class SarifArtifactUri
{
    public const string SourceRootBaseId = "%SRCROOT%";

    /// <summary>The relative reference (with <see cref="SourceRootBaseId"/>) or absolute URI of a file.</summary>
    public static (string Uri, string? UriBaseId) For(string filePath, string? repositoryRoot)
    {
        var relative = RepositoryPath.MakeRelative(filePath, repositoryRoot);
        if (relative is not null)
        {
            return (Encode(relative), repositoryRoot is null ? null : SourceRootBaseId);
        }

        var absolute = RepositoryPath.ToAbsolute(filePath, repositoryRoot);
        return RepositoryPath.IsRooted(absolute)
            ? (FileUri(absolute), null)
            : (Encode(absolute), null); // relative, climbing out, and no root to resolve it: the best is a relative reference
    }

    /// <summary><c>file:///repo/</c> for a repository root: absolute, ending in a slash, as SARIF requires of a base.</summary>
    public static string RootUri(string repositoryRoot)
    {
        var uri = FileUri(repositoryRoot);
        return uri.EndsWith("/", StringComparison.Ordinal) ? uri : uri + "/";
    }

    /// <summary>An absolute <c>file:</c> URI: <c>file:///etc/x</c>, <c>file:///C:/x</c>, <c>file://server/share/x</c>.</summary>
    public static string FileUri(string absolutePath)
    {
        var normalized = RepositoryPath.Normalize(absolutePath);
        if (normalized.StartsWith("//", StringComparison.Ordinal))
        {
            return "file:" + Encode(normalized);
        }

        if (RepositoryPath.HasDriveLetter(normalized))
        {
            return "file:///" + normalized.Substring(0, 2) + Encode(normalized.Substring(2));
        }

        return "file://" + (normalized.StartsWith("/", StringComparison.Ordinal) ? "" : "/") + Encode(normalized);
    }

    /// <summary>Percent-encodes a path, keeping unreserved characters and <c>/</c>.</summary>
    public static string Encode(string path)
    {
        var builder = new StringBuilder(path.Length);
        var bytes = new UTF8Encoding(false, false).GetBytes(path);
        foreach (var b in bytes)
        {
            var c = (char)b;
            if (b < 0x80 && (IsUnreserved(c) || c == '/'))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static bool IsUnreserved(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
}
