using System;
using System.Text.RegularExpressions;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Reporting;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>What an ADD (or COPY) source is, as BuildKit decides it.</summary>
internal enum AddSourceKind
{
    /// <summary>A file or folder of the build context.</summary>
    Local,

    /// <summary>A local tar archive, which ADD unpacks.</summary>
    LocalArchive,

    /// <summary>An http or https URL that ADD downloads.</summary>
    Url,

    /// <summary>A Git repository that ADD clones (<c>git@host:repo</c>, <c>ssh://</c>, <c>git://</c>, an http URL ending in <c>.git</c>).</summary>
    Git,

    /// <summary>A here-document (<c>ADD &lt;&lt;EOF /file</c>).</summary>
    Heredoc,

    /// <summary>Its value depends on a variable the Dockerfile does not define.</summary>
    Unknown,
}

/// <summary>One source of an ADD, classified.</summary>
internal sealed class AddSource
{
    private static readonly Regex ScpStyle = new(@"^[A-Za-z0-9_.+-]+@[^:/\s]+:.+$", RegexOptions.CultureInvariant);
    private static readonly Regex CommitSha = new("^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$", RegexOptions.CultureInvariant);

    private static readonly string[] ArchiveSuffixes =
    {
        ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz", ".tar.zst", ".tzst",
    };

    private AddSource(ExpandedArgument argument, AddSourceKind kind)
    {
        Argument = argument;
        Kind = kind;
    }

    public ExpandedArgument Argument { get; }

    public AddSourceKind Kind { get; }

    public string Value => Argument.Value;

    public static AddSource Classify(ExpandedArgument argument, bool isHeredoc) => new(argument, KindOf(argument, isHeredoc));

    /// <summary>The Git ref in the fragment (<c>#v1.2.3:subdir</c>) or the <c>ref=</c> query, or null for the default branch.</summary>
    public string? GitRef
    {
        get
        {
            var hash = Value.IndexOf('#');
            if (hash >= 0)
            {
                var fragment = Value.Substring(hash + 1);
                var colon = fragment.IndexOf(':');
                var reference = colon < 0 ? fragment : fragment.Substring(0, colon);
                return reference.Length == 0 ? null : reference;
            }

            return QueryValue("ref");
        }
    }

    /// <summary>The Git source names a commit: a full SHA as its ref, or a <c>checksum=</c>/<c>commit=</c> query.</summary>
    public bool PinsCommit =>
        (GitRef is { } reference && CommitSha.IsMatch(reference)) || QueryValue("checksum") is not null || QueryValue("commit") is not null;

    /// <summary>
    /// The source for a message: credentials in a URL (<c>user:password@</c>) and query values (SAS
    /// signatures, tokens) are redacted.
    /// </summary>
    public string Display
    {
        get
        {
            var value = Value;
            var scheme = value.IndexOf("://", StringComparison.Ordinal);
            if (scheme < 0)
            {
                return value;
            }

            var authorityStart = scheme + 3;
            var authorityEnd = value.IndexOfAny(new[] { '/', '?', '#' }, authorityStart);
            var authority = authorityEnd < 0 ? value.Substring(authorityStart) : value.Substring(authorityStart, authorityEnd - authorityStart);
            var at = authority.LastIndexOf('@');
            if (at >= 0)
            {
                var userInfo = authority.Substring(0, at);
                var colon = userInfo.IndexOf(':');
                var redacted = colon < 0 ? Redaction.Redact(userInfo) : userInfo.Substring(0, colon + 1) + Redaction.Redact(userInfo.Substring(colon + 1));
                value = value.Substring(0, authorityStart) + redacted + value.Substring(authorityStart + at);
            }

            return RedactQuery(value);
        }
    }

    private static string RedactQuery(string url)
    {
        if (Query(url, out var question, out var hash) is not { } query)
        {
            return url;
        }

        var pairs = query.Split('&');
        for (var i = 0; i < pairs.Length; i++)
        {
            var equals = pairs[i].IndexOf('=');
            if (equals > 0 && equals < pairs[i].Length - 1)
            {
                pairs[i] = pairs[i].Substring(0, equals + 1) + Redaction.Redact(pairs[i].Substring(equals + 1));
            }
        }

        return url.Substring(0, question + 1) + string.Join("&", pairs) + (hash < 0 ? string.Empty : url.Substring(hash));
    }

    private static AddSourceKind KindOf(ExpandedArgument argument, bool isHeredoc)
    {
        if (isHeredoc)
        {
            return AddSourceKind.Heredoc;
        }

        var value = argument.Value;
        if (argument.HasUnknownVariables || value.IndexOf('$') >= 0)
        {
            return AddSourceKind.Unknown;
        }

        if (IsGit(value))
        {
            return AddSourceKind.Git;
        }

        if (StartsWith(value, "http://") || StartsWith(value, "https://"))
        {
            return AddSourceKind.Url;
        }

        foreach (var suffix in ArchiveSuffixes)
        {
            if (value.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return AddSourceKind.LocalArchive;
            }
        }

        return AddSourceKind.Local;
    }

    /// <summary>BuildKit's gitutil.ParseGitRef: git, ssh and scp-style remotes, and http(s) URLs whose path ends in <c>.git</c>.</summary>
    private static bool IsGit(string value)
    {
        if (StartsWith(value, "git://") || StartsWith(value, "ssh://") || (value.IndexOf("://", StringComparison.Ordinal) < 0 && ScpStyle.IsMatch(value)))
        {
            return true;
        }

        if (!StartsWith(value, "http://") && !StartsWith(value, "https://"))
        {
            return false;
        }

        var end = value.IndexOfAny(new[] { '#', '?' });
        var path = end < 0 ? value : value.Substring(0, end);
        return path.EndsWith(".git", StringComparison.Ordinal);
    }

    private string? QueryValue(string name)
    {
        if (Query(Value, out _, out _) is not { } query)
        {
            return null;
        }

        foreach (var pair in query.Split('&'))
        {
            var equals = pair.IndexOf('=');
            if (equals > 0 && pair.Substring(0, equals) == name && equals < pair.Length - 1)
            {
                return pair.Substring(equals + 1);
            }
        }

        return null;
    }

    /// <summary>The text between <c>?</c> and <c>#</c> (or the end), with where the two stand (-1 when absent); null without a query.</summary>
    private static string? Query(string url, out int question, out int hash)
    {
        question = url.IndexOf('?');
        hash = question < 0 ? -1 : url.IndexOf('#', question);
        return question < 0 ? null : hash < 0 ? url.Substring(question + 1) : url.Substring(question + 1, hash - question - 1);
    }

    private static bool StartsWith(string value, string prefix) => value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
