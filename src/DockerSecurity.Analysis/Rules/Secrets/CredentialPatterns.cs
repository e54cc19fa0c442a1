using System;
using System.Collections.Generic;
using System.Linq;

namespace DockerSecurity.Analysis.Rules.Secrets;

/// <summary>
/// Finds credentials in any text by their form: tokens in a known format (<c>ghp_...</c>,
/// <c>AKIA...</c>, PEM private keys), the password of a URL (<c>scheme://user:password@host</c>) and
/// passwords in connection strings and npm settings. Hand-written scanners, no regular
/// expressions: every position is looked at a bounded number of times, so the time is linear in
/// the text whatever it holds.
/// </summary>
internal static class CredentialPatterns
{
    private const int MaxValueLength = 512;

    private static readonly TokenFormat[] Formats =
    {
        new(CredentialKind.AwsAccessKeyId, "AKIA", Chars.UpperAlnum, 16, 16, NotAnExample),
        new(CredentialKind.AwsAccessKeyId, "ASIA", Chars.UpperAlnum, 16, 16, NotAnExample),
        new(CredentialKind.GitHubToken, "ghp_", Chars.Alnum, 36, 36),
        new(CredentialKind.GitHubToken, "gho_", Chars.Alnum, 36, 36),
        new(CredentialKind.GitHubToken, "ghu_", Chars.Alnum, 36, 36),
        new(CredentialKind.GitHubToken, "ghs_", Chars.Alnum, 36, 36),
        new(CredentialKind.GitHubToken, "ghr_", Chars.Alnum, 36, 36),
        new(CredentialKind.GitHubToken, "github_pat_", Chars.AlnumUnderscore, 82, 82),
        new(CredentialKind.GitLabToken, "glpat-", Chars.AlnumUnderscoreDash, 20, 255),
        new(CredentialKind.GitLabToken, "gldt-", Chars.AlnumUnderscoreDash, 20, 255),
        new(CredentialKind.GitLabToken, "glrt-", Chars.AlnumUnderscoreDash, 20, 255),
        new(CredentialKind.GitLabToken, "glptt-", Chars.AlnumUnderscoreDash, 40, 255),
        new(CredentialKind.SlackToken, "xoxb-", Chars.AlnumDash, 10, 255),
        new(CredentialKind.SlackToken, "xoxp-", Chars.AlnumDash, 10, 255),
        new(CredentialKind.SlackToken, "xoxa-", Chars.AlnumDash, 10, 255),
        new(CredentialKind.SlackToken, "xoxr-", Chars.AlnumDash, 10, 255),
        new(CredentialKind.SlackToken, "xoxs-", Chars.AlnumDash, 10, 255),
        new(CredentialKind.SlackToken, "xoxe-", Chars.AlnumDash, 10, 255),
        new(CredentialKind.SlackWebhook, "hooks.slack.com/services/", Chars.AlnumSlash, 20, 255),
        new(CredentialKind.StripeSecretKey, "sk_live_", Chars.Alnum, 20, 247),
        new(CredentialKind.StripeSecretKey, "rk_live_", Chars.Alnum, 20, 247),
        new(CredentialKind.GoogleApiKey, "AIza", Chars.AlnumUnderscoreDash, 35, 35),
        new(CredentialKind.NpmToken, "npm_", Chars.Alnum, 36, 36),
        new(CredentialKind.SendGridKey, "SG.", Chars.AlnumUnderscoreDashDot, 66, 66, IsSendGridShape),
        new(CredentialKind.OpenAiKey, "sk-proj-", Chars.AlnumUnderscoreDash, 40, 255),
        new(CredentialKind.OpenAiKey, "sk-svcacct-", Chars.AlnumUnderscoreDash, 40, 255),
        new(CredentialKind.OpenAiKey, "sk-admin-", Chars.AlnumUnderscoreDash, 40, 255),
        new(CredentialKind.OpenAiKey, "sk-", Chars.Alnum, 48, 48, HasOpenAiMarker),
        new(CredentialKind.AnthropicKey, "sk-ant-", Chars.AlnumUnderscoreDash, 80, 255),
        new(CredentialKind.DockerHubToken, "dckr_pat_", Chars.AlnumUnderscoreDash, 27, 64),
        new(CredentialKind.DockerHubToken, "dckr_oat_", Chars.AlnumUnderscoreDash, 27, 64),
        new(CredentialKind.PyPiToken, "pypi-AgEIcHlwaS5vcmc", Chars.AlnumUnderscoreDash, 50, 255),
        new(CredentialKind.HuggingFaceToken, "hf_", Chars.Letters, 34, 34),
        new(CredentialKind.DigitalOceanToken, "dop_v1_", Chars.LowerHex, 64, 64),
        new(CredentialKind.DigitalOceanToken, "doo_v1_", Chars.LowerHex, 64, 64),
        new(CredentialKind.DigitalOceanToken, "dor_v1_", Chars.LowerHex, 64, 64),
    };

    /// <summary>The characters a token prefix starts with, so most positions are passed over at once.</summary>
    private static readonly bool[] FirstChars = FirstCharsOf(Formats);

    private static readonly KeyedSecret[] KeyedSecrets =
    {
        new("AccountKey=", CredentialKind.AzureStorageKey, IgnoreCase: true, NeedsSemicolon: false, MinLength: 20),
        new("SharedAccessKey=", CredentialKind.AzureStorageKey, IgnoreCase: true, NeedsSemicolon: false, MinLength: 20),
        new("Password=", CredentialKind.ConnectionStringPassword, IgnoreCase: true, NeedsSemicolon: true, MinLength: 1),
        new("Pwd=", CredentialKind.ConnectionStringPassword, IgnoreCase: true, NeedsSemicolon: true, MinLength: 1),
        new("_authToken=", CredentialKind.NpmConfigCredential, IgnoreCase: false, NeedsSemicolon: false, MinLength: 1),
        new("_auth=", CredentialKind.NpmConfigCredential, IgnoreCase: false, NeedsSemicolon: false, MinLength: 1),
        new("_password=", CredentialKind.NpmConfigCredential, IgnoreCase: false, NeedsSemicolon: false, MinLength: 1),
    };

    private enum Chars
    {
        UpperAlnum,
        Alnum,
        AlnumUnderscore,
        AlnumUnderscoreDash,
        AlnumUnderscoreDashDot,
        AlnumDash,
        AlnumSlash,
        Letters,
        LowerHex,
    }

    /// <summary>Every credential in <paramref name="text"/>, in text order, none overlapping another.</summary>
    public static IReadOnlyList<CredentialMatch> Find(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Array.Empty<CredentialMatch>();
        }

        var found = new List<CredentialMatch>();
        FindTokens(text, found);
        FindPrivateKeys(text, found);
        FindUrlPasswords(text, found);
        FindKeyedSecrets(text, found);
        return WithoutOverlaps(found);
    }

    /// <summary>
    /// A value that stands for a secret instead of being one: a variable or command substitution
    /// (<c>$X</c>, <c>${X}</c>, <c>$(cat f)</c>), a template (<c>{{ .Password }}</c>,
    /// <c>&lt;password&gt;</c>, <c>%PASSWORD%</c>) or a mask (<c>*****</c>, <c>xxxx</c>).
    /// </summary>
    public static bool IsPlaceholder(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        if (value.IndexOf('$') >= 0 || value.IndexOf('{') >= 0 || value.IndexOf('}') >= 0
            || value.IndexOf('<') >= 0 || value.IndexOf('>') >= 0 || value.IndexOf('`') >= 0)
        {
            return true;
        }

        if (value.Length > 2 && value[0] == '%' && value[value.Length - 1] == '%')
        {
            return true;
        }

        return value.All(c => c is '*' or 'x' or 'X' or '.' or '-' or '_' or '#');
    }

    private static void FindTokens(string text, List<CredentialMatch> found)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= FirstChars.Length || !FirstChars[c] || (i > 0 && IsAsciiLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            foreach (var format in Formats)
            {
                if (format.TryMatch(text, i, out var length))
                {
                    found.Add(new CredentialMatch(i, length, format.Kind, format.Prefix.Length));
                    i += length - 1;
                    break;
                }
            }
        }
    }

    /// <summary><c>-----BEGIN ... PRIVATE KEY-----</c> followed by key material (not a mere mention of the header).</summary>
    private static void FindPrivateKeys(string text, List<CredentialMatch> found)
    {
        const string begin = "-----BEGIN ";
        const string dashes = "-----";
        var at = 0;
        while ((at = text.IndexOf(begin, at, StringComparison.Ordinal)) >= 0)
        {
            var labelStart = at + begin.Length;
            var labelEnd = labelStart;
            while (labelEnd < text.Length && labelEnd - labelStart < 64 && (text[labelEnd] is >= 'A' and <= 'Z' or >= '0' and <= '9' or ' '))
            {
                labelEnd++;
            }

            var label = text.Substring(labelStart, labelEnd - labelStart);
            if (label.IndexOf("PRIVATE KEY", StringComparison.Ordinal) >= 0
                && string.CompareOrdinal(text, labelEnd, dashes, 0, dashes.Length) == 0)
            {
                var headerEnd = labelEnd + dashes.Length;
                if (HasKeyMaterial(text, headerEnd))
                {
                    found.Add(new CredentialMatch(at, headerEnd - at, CredentialKind.PrivateKey, headerEnd - at));
                }

                at = headerEnd;
                continue;
            }

            at = labelStart;
        }
    }

    /// <summary>A run of 32 base64 characters within the next few hundred characters (after headers, line breaks, <c>\n</c> escapes).</summary>
    private static bool HasKeyMaterial(string text, int from)
    {
        var run = 0;
        var end = Math.Min(text.Length, from + 400);
        for (var i = from; i < end; i++)
        {
            var c = text[i];
            if (IsAsciiLetterOrDigit(c) || c is '+' or '/')
            {
                if (++run >= 32)
                {
                    return true;
                }
            }
            else if (c == '-' && string.CompareOrdinal(text, i, "-----", 0, 5) == 0)
            {
                // The END line or another BEGIN: no material in between.
                return false;
            }
            else
            {
                run = 0;
            }
        }

        return false;
    }

    /// <summary>The password of <c>scheme://user:password@host</c>; not <c>user@host</c>, not an empty or variable password.</summary>
    private static void FindUrlPasswords(string text, List<CredentialMatch> found)
    {
        var at = 0;
        while ((at = text.IndexOf("://", at, StringComparison.Ordinal)) >= 0)
        {
            var authorityStart = at + 3;
            at = authorityStart;
            if (!HasScheme(text, at - 3))
            {
                continue;
            }

            // The authority cannot contain '/', so the scans of successive URLs never overlap.
            var authorityEnd = authorityStart;
            var lastAt = -1;
            while (authorityEnd < text.Length && !EndsAuthority(text[authorityEnd]))
            {
                if (text[authorityEnd] == '@')
                {
                    lastAt = authorityEnd;
                }

                authorityEnd++;
            }

            if (lastAt < 0)
            {
                continue;
            }

            var colon = text.IndexOf(':', authorityStart, lastAt - authorityStart);
            if (colon < 0)
            {
                continue;
            }

            var password = text.Substring(colon + 1, lastAt - colon - 1);
            if (!IsPlaceholder(password))
            {
                found.Add(new CredentialMatch(colon + 1, password.Length, CredentialKind.UrlPassword));
            }
        }
    }

    private static bool HasScheme(string text, int colon)
    {
        var start = colon;
        while (start > 0 && colon - start < 32 && (IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '+' or '.' or '-'))
        {
            start--;
        }

        // "${URL:-amqp://...}": the scheme starts at its first letter.
        while (start < colon && !char.IsLetter(text[start]))
        {
            start++;
        }

        return colon - start >= 2;
    }

    private static bool EndsAuthority(char c) =>
        c is '/' or '?' or '#' or '"' or '\'' or '`' or '<' or '>' or '\\' || char.IsWhiteSpace(c);

    /// <summary><c>AccountKey=...</c>, <c>Password=...;</c> and the like: the value after the key.</summary>
    private static void FindKeyedSecrets(string text, List<CredentialMatch> found)
    {
        foreach (var keyed in KeyedSecrets)
        {
            var comparison = keyed.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            var at = 0;
            while ((at = text.IndexOf(keyed.Key, at, comparison)) >= 0)
            {
                var keyStart = at;
                var valueStart = at + keyed.Key.Length;
                at = valueStart;
                if (keyStart > 0 && !StartsKey(text[keyStart - 1], keyed.Kind))
                {
                    continue;
                }

                var valueEnd = valueStart;
                while (valueEnd < text.Length && valueEnd - valueStart < MaxValueLength && !EndsValue(text[valueEnd]))
                {
                    valueEnd++;
                }

                var value = text.Substring(valueStart, valueEnd - valueStart);
                if (value.Length < keyed.MinLength || IsPlaceholder(value))
                {
                    continue;
                }

                if (keyed.NeedsSemicolon && !InConnectionString(text, keyStart, valueEnd))
                {
                    continue;
                }

                found.Add(new CredentialMatch(valueStart, value.Length, keyed.Kind));
            }
        }
    }

    private static bool StartsKey(char before, CredentialKind kind) =>
        before is ';' or '"' or '\'' || char.IsWhiteSpace(before) || (kind == CredentialKind.NpmConfigCredential && before == ':');

    /// <summary>A value ends at <c>;</c>, a quote, white space, or a backslash (an escape of the text around it, such as printf's <c>\n</c>).</summary>
    private static bool EndsValue(char c) => c is ';' or '"' or '\'' or '\\' || char.IsWhiteSpace(c);

    /// <summary>The pair is one of several <c>;</c>-separated pairs: a <c>;</c> right before the key or right after the value.</summary>
    private static bool InConnectionString(string text, int keyStart, int valueEnd)
    {
        var before = keyStart - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        return (before >= 0 && text[before] == ';') || (valueEnd < text.Length && text[valueEnd] == ';');
    }

    /// <summary>
    /// Known token formats say more than "a password here", so they win an overlap; among equals the
    /// earlier one wins. Sorting and one pass keep this O(n log n) in the number of matches.
    /// </summary>
    private static IReadOnlyList<CredentialMatch> WithoutOverlaps(List<CredentialMatch> found)
    {
        if (found.Count <= 1)
        {
            return found;
        }

        var known = Greedy(found.Where(m => m.IsKnownFormat));
        var others = Greedy(found.Where(m => !m.IsKnownFormat && !OverlapsAny(known, m)));
        return known.Concat(others).OrderBy(m => m.Start).ToList();
    }

    /// <summary>The matches in text order, each dropped when it overlaps the one kept before it.</summary>
    private static List<CredentialMatch> Greedy(IEnumerable<CredentialMatch> matches)
    {
        var kept = new List<CredentialMatch>();
        var end = -1;
        foreach (var match in matches.OrderBy(m => m.Start).ThenByDescending(m => m.Length))
        {
            if (match.Start >= end)
            {
                kept.Add(match);
                end = match.End;
            }
        }

        return kept;
    }

    /// <summary>Whether <paramref name="match"/> overlaps one of <paramref name="sorted"/> (in text order, none overlapping another).</summary>
    private static bool OverlapsAny(List<CredentialMatch> sorted, CredentialMatch match)
    {
        int lo = 0, hi = sorted.Count - 1, last = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid].Start < match.End)
            {
                last = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return last >= 0 && sorted[last].End > match.Start;
    }

    private static bool[] FirstCharsOf(TokenFormat[] formats)
    {
        var table = new bool[128];
        foreach (var format in formats)
        {
            table[format.Prefix[0]] = true;
        }

        return table;
    }

    private static bool NotAnExample(string text, int start, int length) =>
        !(length >= 7 && string.CompareOrdinal(text, start + length - 7, "EXAMPLE", 0, 7) == 0);

    /// <summary><c>SG.</c>, 22 characters, a dot, 43 characters.</summary>
    private static bool IsSendGridShape(string text, int start, int length)
    {
        var dot = start + 3 + 22;
        if (text[dot] != '.')
        {
            return false;
        }

        for (var i = start + 3; i < start + length; i++)
        {
            if (text[i] == '.' && i != dot)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Legacy OpenAI keys: <c>sk-</c>, 20 characters, <c>T3BlbkFJ</c>, 20 characters.</summary>
    private static bool HasOpenAiMarker(string text, int start, int length) =>
        string.CompareOrdinal(text, start + 3 + 20, "T3BlbkFJ", 0, 8) == 0;

    private static bool IsAsciiLetterOrDigit(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';

    private static bool InSet(char c, Chars chars) => chars switch
    {
        Chars.UpperAlnum => c is >= 'A' and <= 'Z' or >= '0' and <= '9',
        Chars.Alnum => IsAsciiLetterOrDigit(c),
        Chars.AlnumUnderscore => IsAsciiLetterOrDigit(c) || c == '_',
        Chars.AlnumUnderscoreDash => IsAsciiLetterOrDigit(c) || c is '_' or '-',
        Chars.AlnumUnderscoreDashDot => IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.',
        Chars.AlnumDash => IsAsciiLetterOrDigit(c) || c == '-',
        Chars.AlnumSlash => IsAsciiLetterOrDigit(c) || c == '/',
        Chars.Letters => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z',
        Chars.LowerHex => c is >= 'a' and <= 'f' or >= '0' and <= '9',
        _ => false,
    };

    /// <summary>A token format: a fixed prefix, then <see cref="Min"/> to <see cref="Max"/> characters of one set, and nothing of that set after them.</summary>
    private sealed class TokenFormat
    {
        private readonly Chars _chars;
        private readonly Func<string, int, int, bool>? _accept;

        public TokenFormat(CredentialKind kind, string prefix, Chars chars, int min, int max, Func<string, int, int, bool>? accept = null)
        {
            Kind = kind;
            Prefix = prefix;
            _chars = chars;
            Min = min;
            Max = max;
            _accept = accept;
        }

        public CredentialKind Kind { get; }

        public string Prefix { get; }

        public int Min { get; }

        public int Max { get; }

        /// <summary>Whether the token starts at <paramref name="start"/>; <paramref name="length"/> is the whole token's.</summary>
        public bool TryMatch(string text, int start, out int length)
        {
            length = 0;
            if (start + Prefix.Length + Min > text.Length || string.CompareOrdinal(text, start, Prefix, 0, Prefix.Length) != 0)
            {
                return false;
            }

            var bodyStart = start + Prefix.Length;
            var end = bodyStart;
            while (end < text.Length && end - bodyStart <= Max && InSet(text[end], _chars))
            {
                end++;
            }

            var bodyLength = end - bodyStart;
            if (bodyLength < Min || bodyLength > Max)
            {
                return false;
            }

            length = end - start;
            return _accept is null || _accept(text, start, length);
        }
    }

    private sealed record KeyedSecret(string Key, CredentialKind Kind, bool IgnoreCase, bool NeedsSemicolon, int MinLength);
}
