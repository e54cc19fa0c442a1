using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Rules.Secrets;

/// <summary>
/// Whether a variable, key, label or option name says that its value is a secret. Names are cut into
/// segments at every character that is not a letter or digit (<c>DB_PASSWORD</c>,
/// <c>com.example.api-key</c>, <c>--http-password</c>) and compared case-insensitively.
/// </summary>
internal static class SecretNames
{
    /// <summary>A segment that is, or ends with, one of these words names a secret (<c>DB_PASSWORD</c>, <c>DBPASSWORD</c>, <c>NPM_TOKEN</c>).</summary>
    private static readonly string[] SecretWords = { "PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "TOKEN", "APIKEY", "CREDENTIAL", "CREDENTIALS" };

    /// <summary>Two segments that together name a secret (<c>API_KEY</c>, <c>AWS_SECRET_ACCESS_KEY</c>); <c>KEY</c> alone is too common (<c>CACHE_KEY</c>).</summary>
    private static readonly string[] KeyQualifiers = { "API", "PRIVATE", "ACCESS", "SECRET", "AUTH", "ENCRYPTION", "SIGNING", "MASTER", "ACCOUNT" };

    /// <summary>
    /// A last segment that makes the name describe a secret rather than hold it: where it is
    /// (<c>_FILE</c>, <c>_PATH</c>, <c>_URL</c>), what it is called (<c>_NAME</c>, <c>_ID</c>), or
    /// how it behaves (<c>_TTL</c>, <c>_LENGTH</c>, <c>_ENABLED</c>).
    /// </summary>
    private static readonly HashSet<string> DescriptiveSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "FILE", "FILES", "PATH", "DIR", "DIRECTORY", "LOCATION", "MOUNT", "STDIN",
        "URL", "URI", "ENDPOINT", "HOST", "PORT", "ISSUER", "AUDIENCE", "REALM", "PROVIDER",
        "NAME", "ID", "ARN", "VERSION", "TYPE", "KIND", "FORMAT", "HEADER", "PREFIX", "FIELD", "PARAM", "COOKIE",
        "ALGORITHM", "ALG", "POLICY", "ROTATION", "ENABLED", "DISABLED", "REQUIRED", "ENABLE", "DISABLE",
        "LENGTH", "SIZE", "BITS", "COUNT", "LIMIT", "MAX", "MIN", "TTL", "TIMEOUT", "EXPIRY", "EXPIRES", "EXPIRATION",
        "LIFETIME", "VALIDITY", "DURATION", "SECONDS", "MINUTES", "HOURS", "DAYS", "MS",
    };

    /// <summary>Segments anywhere in the name that mark the value as public (<c>STRIPE_PUBLISHABLE_KEY</c>, <c>NEXT_PUBLIC_API_KEY</c>).</summary>
    private static readonly HashSet<string> PublicMarkers = new(StringComparer.OrdinalIgnoreCase) { "PUBLIC", "PUBLISHABLE", "PUB" };

    /// <summary>Well-known names whose value is not the secret itself.</summary>
    private static readonly HashSet<string> KnownNonSecrets = new(StringComparer.OrdinalIgnoreCase)
    {
        // A path to the credentials file, by Google's definition.
        "GOOGLE_APPLICATION_CREDENTIALS",
    };

    /// <summary>Whether <paramref name="name"/> names a secret value.</summary>
    public static bool IsSecretLike(string name)
    {
        if (string.IsNullOrEmpty(name) || KnownNonSecrets.Contains(name))
        {
            return false;
        }

        var segments = Segments(name);
        if (segments.Count == 0 || DescriptiveSuffixes.Contains(segments[segments.Count - 1]))
        {
            return false;
        }

        foreach (var segment in segments)
        {
            if (PublicMarkers.Contains(segment))
            {
                return false;
            }
        }

        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            foreach (var word in SecretWords)
            {
                if (segment.EndsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            // MYSQL_PWD, DB_PWD; PWD alone is the working directory.
            if (segments.Count > 1 && segment.Equals("PWD", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (segment.Equals("KEY", StringComparison.OrdinalIgnoreCase) && i > 0)
            {
                foreach (var qualifier in KeyQualifiers)
                {
                    if (segments[i - 1].Equals(qualifier, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A value that only says where a secret is mounted, not the secret: a path under
    /// <c>/run/secrets/</c> (or one of <paramref name="mountTargets"/>, the targets of
    /// <c>RUN --mount=type=secret</c>).
    /// </summary>
    public static bool IsSecretMountPath(string value, IEnumerable<string>? mountTargets = null)
    {
        if (value.StartsWith("/run/secrets/", StringComparison.Ordinal) && value.Length > "/run/secrets/".Length)
        {
            return true;
        }

        if (mountTargets is not null)
        {
            foreach (var target in mountTargets)
            {
                if (string.Equals(value, target, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A value no one would use as a secret: a boolean word.</summary>
    public static bool IsBooleanWord(string value) => value.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "on" or "off";

    private static List<string> Segments(string name)
    {
        var segments = new List<string>();
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var isPart = i < name.Length && char.IsLetterOrDigit(name[i]);
            if (isPart && start < 0)
            {
                start = i;
            }
            else if (!isPart && start >= 0)
            {
                segments.Add(name.Substring(start, i - start));
                start = -1;
            }
        }

        return segments;
    }
}
