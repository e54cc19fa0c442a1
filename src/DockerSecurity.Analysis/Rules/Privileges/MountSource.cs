using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>
/// The host side of a service mount as written: the part of a short-syntax entry before its
/// first colon, or the long syntax's <c>source</c>, with its own span.
/// </summary>
internal sealed class MountSource
{
    private MountSource(string raw, string? path, ComposeOrigin origin)
    {
        Raw = raw;
        Path = path;
        Origin = origin;
    }

    /// <summary>The source as written, variables included.</summary>
    public string Raw { get; }

    /// <summary>The effective source, or null when a variable without a default decides it.</summary>
    public string? Path { get; }

    public ComposeOrigin Origin { get; }

    /// <summary>The source of <paramref name="mount"/>, or null when it has none (an anonymous volume, a tmpfs).</summary>
    public static MountSource? Of(ComposeVolumeMount mount)
    {
        if (mount.Source is null)
        {
            return null;
        }

        switch (mount.Node)
        {
            case ComposeScalar entry:
                var end = SourceEnd(entry.Raw);
                var known = KnownValues.IsKnown(entry);
                var origin = new ComposeOrigin(entry.Origin.FilePath, entry.SpanOf(0, end));
                return new MountSource(entry.Raw.Substring(0, end), known ? mount.Source : null, origin);
            case ComposeMapping mapping when mapping["source"] is ComposeScalar source:
                return new MountSource(source.Raw, KnownValues.Of(source), source.Origin);
            default:
                return null;
        }
    }

    /// <summary>
    /// Where the source ends in the raw text: the first colon outside <c>${...}</c> that is not a
    /// Windows drive letter's (<c>C:\data</c>), as Compose splits the effective text.
    /// </summary>
    internal static int SourceEnd(string raw)
    {
        var depth = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            switch (raw[i])
            {
                case '$' when i + 1 < raw.Length && raw[i + 1] == '{':
                    depth++;
                    i++;
                    break;
                case '}' when depth > 0:
                    depth--;
                    break;
                case ':' when depth == 0:
                    var driveLetter = i == 1 && char.IsLetter(raw[0]) && i + 1 < raw.Length && (raw[i + 1] == '\\' || raw[i + 1] == '/');
                    if (!driveLetter)
                    {
                        return i;
                    }

                    break;
            }
        }

        return raw.Length;
    }
}
