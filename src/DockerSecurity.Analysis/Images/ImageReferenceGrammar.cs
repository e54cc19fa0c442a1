namespace DockerSecurity.Analysis.Images;

/// <summary>
/// The image reference grammar of distribution/reference, hand-written (no regular expressions):
/// <c>[domain[:port]/]path[:tag][@algorithm:hex]</c>, with Docker Hub normalisation.
/// </summary>
internal static class ImageReferenceGrammar
{
    private const int MaxNameLength = 255;
    private const string InvalidFormat = "invalid reference format";

    internal struct Parts
    {
        public string Domain;
        public string Path;
        public string? Tag;
        public string? Digest;
        public bool HasVariables;
    }

    /// <summary>Null when valid, else the reason.</summary>
    public static string? Parse(string text, out Parts parts)
    {
        parts = default;
        if (text.IndexOf('$') >= 0)
        {
            parts.HasVariables = true;
            return "the reference contains unresolved variables";
        }

        if (text.Length == 0)
        {
            return "repository name must have at least one component";
        }

        if (text.Length == 64 && IsLowerHex(text, 0, 64))
        {
            return "invalid repository name (" + text + "), cannot specify 64-byte hexadecimal strings";
        }

        SplitDockerDomain(text, out var domain, out var remainder);

        var colon = remainder.IndexOf(':');
        var remoteName = colon >= 0 ? remainder.Substring(0, colon) : remainder;
        if (HasUpper(remoteName))
        {
            return "invalid reference format: repository name (" + remoteName + ") must be lowercase";
        }

        var nameEnd = 0;
        while (nameEnd < remainder.Length && remainder[nameEnd] != ':' && remainder[nameEnd] != '@')
        {
            nameEnd++;
        }

        var path = remainder.Substring(0, nameEnd);
        if (!IsDomain(domain) || !IsPath(path))
        {
            return InvalidFormat;
        }

        string? tag = null;
        string? digest = null;
        var position = nameEnd;
        if (position < remainder.Length && remainder[position] == ':')
        {
            var at = remainder.IndexOf('@', position);
            var tagEnd = at < 0 ? remainder.Length : at;
            tag = remainder.Substring(position + 1, tagEnd - position - 1);
            if (!IsTag(tag))
            {
                return InvalidFormat;
            }

            position = tagEnd;
        }

        if (position < remainder.Length)
        {
            digest = remainder.Substring(position + 1);
            var digestError = CheckDigest(digest);
            if (digestError is not null)
            {
                return digestError;
            }
        }

        if (domain.Length + 1 + path.Length > MaxNameLength)
        {
            return "repository name must not be more than 255 characters";
        }

        parts.Domain = domain;
        parts.Path = path;
        parts.Tag = tag;
        parts.Digest = digest;
        return null;
    }

    /// <summary>The first segment is a registry only when it looks like a host: a dot, a port, <c>localhost</c> or capitals.</summary>
    private static void SplitDockerDomain(string name, out string domain, out string remainder)
    {
        var slash = name.IndexOf('/');
        if (slash < 0)
        {
            domain = ImageReference.DockerHubDomain;
            remainder = name;
        }
        else
        {
            var first = name.Substring(0, slash);
            if (first.IndexOf('.') < 0 && first.IndexOf(':') < 0 && first != "localhost" && !HasUpper(first))
            {
                domain = ImageReference.DockerHubDomain;
                remainder = name;
            }
            else
            {
                domain = first;
                remainder = name.Substring(slash + 1);
            }
        }

        if (domain == "index.docker.io")
        {
            domain = ImageReference.DockerHubDomain;
        }

        if (domain == ImageReference.DockerHubDomain && remainder.IndexOf('/') < 0)
        {
            remainder = "library/" + remainder;
        }
    }

    private static bool IsDomain(string domain)
    {
        var position = 0;
        if (domain.Length > 0 && domain[0] == '[')
        {
            var close = domain.IndexOf(']');
            if (close < 2)
            {
                return false;
            }

            for (var i = 1; i < close; i++)
            {
                var c = domain[i];
                if (c != ':' && !IsHex(c))
                {
                    return false;
                }
            }

            position = close + 1;
        }
        else
        {
            while (true)
            {
                var componentStart = position;
                while (position < domain.Length && (IsAsciiLetterOrDigit(domain[position]) || domain[position] == '-'))
                {
                    position++;
                }

                if (position == componentStart || domain[componentStart] == '-' || domain[position - 1] == '-')
                {
                    return false;
                }

                if (position < domain.Length && domain[position] == '.')
                {
                    position++;
                    continue;
                }

                break;
            }
        }

        if (position == domain.Length)
        {
            return true;
        }

        if (domain[position] != ':' || position + 1 == domain.Length)
        {
            return false;
        }

        for (var i = position + 1; i < domain.Length; i++)
        {
            if (domain[i] < '0' || domain[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*</c> components separated by <c>/</c>.</summary>
    private static bool IsPath(string path)
    {
        var position = 0;
        while (true)
        {
            if (!SkipAlphanumerics(path, ref position))
            {
                return false;
            }

            while (position < path.Length && path[position] != '/')
            {
                var c = path[position];
                if (c == '.')
                {
                    position++;
                }
                else if (c == '_')
                {
                    position++;
                    if (position < path.Length && path[position] == '_')
                    {
                        position++;
                    }
                }
                else if (c == '-')
                {
                    while (position < path.Length && path[position] == '-')
                    {
                        position++;
                    }
                }
                else
                {
                    return false;
                }

                if (!SkipAlphanumerics(path, ref position))
                {
                    return false;
                }
            }

            if (position == path.Length)
            {
                return true;
            }

            position++;
        }
    }

    private static bool SkipAlphanumerics(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && ((text[position] >= 'a' && text[position] <= 'z') || (text[position] >= '0' && text[position] <= '9')))
        {
            position++;
        }

        return position > start;
    }

    /// <summary><c>[\w][\w.-]{0,127}</c>.</summary>
    private static bool IsTag(string tag)
    {
        if (tag.Length == 0 || tag.Length > 128 || !IsWordChar(tag[0]))
        {
            return false;
        }

        for (var i = 1; i < tag.Length; i++)
        {
            if (!IsWordChar(tag[i]) && tag[i] != '.' && tag[i] != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The grammar's <c>algorithm:hex{32,}</c>, then go-digest's check of the known algorithms.</summary>
    private static string? CheckDigest(string digest)
    {
        var colon = digest.IndexOf(':');
        if (colon <= 0)
        {
            return InvalidFormat;
        }

        var position = 0;
        while (true)
        {
            if (position >= colon || !IsAsciiLetter(digest[position]))
            {
                return InvalidFormat;
            }

            position++;
            while (position < colon && IsAsciiLetterOrDigit(digest[position]))
            {
                position++;
            }

            if (position == colon)
            {
                break;
            }

            if (digest[position] is not ('-' or '_' or '+' or '.'))
            {
                return InvalidFormat;
            }

            position++;
        }

        var hexLength = digest.Length - colon - 1;
        if (hexLength < 32)
        {
            return InvalidFormat;
        }

        for (var i = colon + 1; i < digest.Length; i++)
        {
            if (!IsHex(digest[i]))
            {
                return InvalidFormat;
            }
        }

        var algorithm = digest.Substring(0, colon);
        int expected;
        switch (algorithm)
        {
            case "sha256":
                expected = 64;
                break;
            case "sha384":
                expected = 96;
                break;
            case "sha512":
                expected = 128;
                break;
            default:
                return "unsupported digest algorithm";
        }

        if (hexLength != expected)
        {
            return "invalid checksum digest length";
        }

        return IsLowerHex(digest, colon + 1, digest.Length) ? null : "invalid checksum digest format";
    }

    private static bool HasUpper(string text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLowerHex(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || (c >= '0' && c <= '9');

    private static bool IsWordChar(char c) => IsAsciiLetterOrDigit(c) || c == '_';
}
