using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DockerSecurity.Analysis.Images;

namespace DockerSecurity.Analysis.Rules.Images;

/// <summary>
/// The DockerSecurityTrustedRegistries list: registry hosts (<c>mcr.microsoft.com</c>, <c>docker.io</c>,
/// <c>localhost:5000</c>), optionally with a repository path (<c>ghcr.io/myorg</c>); <c>*</c> matches any
/// run of characters within one name (<c>*.azurecr.io</c>). Case-insensitive.
/// </summary>
internal sealed class TrustedRegistries
{
    /// <summary>Built once per settings, not per Dockerfile: every entry is a compiled pattern.</summary>
    private static readonly ConditionalWeakTable<RuleSettings, TrustedRegistries> BySettings = new();

    private readonly List<(string Entry, Regex Pattern, bool HasPath)> _entries = new();

    public TrustedRegistries(IEnumerable<string> entries)
    {
        foreach (var raw in entries)
        {
            var entry = Normalize(raw);
            if (entry.Length == 0)
            {
                continue;
            }

            var hasPath = entry.IndexOf('/') >= 0;

            // An entry with a path trusts the repositories below it too.
            var pattern = "^" + Regex.Escape(entry).Replace("\\*", "[^/]*") + (hasPath ? "(/.*)?$" : "$");
            _entries.Add((entry, new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), hasPath));
        }
    }

    /// <summary>The list of <paramref name="settings"/> (settings are immutable, so it is built once for them).</summary>
    public static TrustedRegistries Of(RuleSettings settings) =>
        BySettings.GetValue(settings, s => new TrustedRegistries(s.TrustedRegistries));

    /// <summary>No usable entry: the rule is off.</summary>
    public bool IsEmpty => _entries.Count == 0;

    /// <summary>The entries as given (normalised), for messages.</summary>
    public string Describe() => string.Join(";", _entries.ConvertAll(e => e.Entry));

    public bool Trusts(ImageReference image)
    {
        var domain = image.Domain ?? ImageReference.DockerHubDomain;
        foreach (var (_, pattern, hasPath) in _entries)
        {
            if (pattern.IsMatch(hasPath ? domain + "/" + image.Repository : domain))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Docker Hub's other spellings become <c>docker.io</c>; a scheme or a trailing slash is dropped.</summary>
    private static string Normalize(string raw)
    {
        var entry = raw.Trim();
        var scheme = entry.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            entry = entry.Substring(scheme + 3);
        }

        entry = entry.TrimEnd('/');
        var slash = entry.IndexOf('/');
        var host = slash < 0 ? entry : entry.Substring(0, slash);
        if (host.Equals("index.docker.io", StringComparison.OrdinalIgnoreCase) || host.Equals("registry-1.docker.io", StringComparison.OrdinalIgnoreCase)
            || host.Equals("hub.docker.com", StringComparison.OrdinalIgnoreCase))
        {
            entry = ImageReference.DockerHubDomain + entry.Substring(host.Length);
        }

        return entry;
    }
}
