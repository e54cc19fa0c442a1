using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using DockerSecurity.Analysis.Rules.Build.Packages;

namespace DockerSecurity.Analysis.Rules.Build.Verification;

/// <summary>
/// Configuration files whose content can turn verification off, and the lines that do it:
/// <c>[trusted=yes]</c> in an apt source, <c>gpgcheck=0</c> in a yum/dnf/zypper repository,
/// <c>strict-ssl=false</c> in <c>.npmrc</c>, <c>sslVerify = false</c> in <c>.gitconfig</c>, ...
/// </summary>
internal static class VerificationFiles
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant;

    /// <summary>The start of a line, also after a <c>\n</c> escape that <c>printf</c> or <c>echo -e</c> turns into one.</summary>
    private const string LineStart = @"(?:^|(?<=\\n))[ \t]*";

    private static readonly Regex SedSubstitution = new(@"s([/|#,:@])(?:\\.|(?!\1).)*\1(?<replacement>(?:\\.|(?!\1).)*)\1", RegexOptions.CultureInvariant);

    private static readonly FileSetting[] Settings =
    {
        new(AptConfiguration.IsSourcesFile, new Regex(@"\[[^\]\n]*?(?<s>\btrusted\s*=\s*yes)\b[^\]\n]*\]", Options), VerificationEffect.Signature),
        new(AptConfiguration.IsSourcesFile, new Regex(LineStart + @"(?<s>Trusted:\s*yes)\b", Options), VerificationEffect.Signature),
        new(AptConfiguration.IsConfigFile, AptConfiguration.VerificationOff, VerificationEffect.Signature),
        new(IsRepositoryFile, new Regex(@"(?:(?<=\\[nt])|(?<![\w.]))(?<s>gpgcheck\s*=\s*(0|false|no|off))\b", Options), VerificationEffect.Signature),
        new(IsRepositoryFile, new Regex(@"(?<s>\bsslverify\s*=\s*(0|false|no|off))\b", Options), VerificationEffect.Tls),
        new(path => EndsWith(path, ".npmrc") || path is "/etc/npmrc" or "/usr/local/etc/npmrc", new Regex(@"(?<![\w-])(?<s>strict-ssl\s*=\s*false)\b", Options), VerificationEffect.NpmTls),
        new(path => EndsWith(path, ".yarnrc"), new Regex(@"(?<![\w-])(?<s>strict-ssl\s+""?false)\b", Options), VerificationEffect.NpmTls),
        new(path => EndsWith(path, ".yarnrc.yml"), new Regex(@"(?<s>\benableStrictSsl\s*:\s*(false|0))\b", Options), VerificationEffect.NpmTls),
        new(path => EndsWith(path, "pip.conf") || EndsWith(path, "pip.ini"), new Regex(LineStart + @"(?<s>trusted-host)\s*=", Options), VerificationEffect.PipTrustedHost),
        new(path => EndsWith(path, ".gitconfig") || path == "/etc/gitconfig", new Regex(@"(?<s>\bsslverify\s*=\s*(false|0|no|off))\b", Options), VerificationEffect.GitTls),
        new(path => EndsWith(path, ".curlrc"), new Regex(LineStart + @"(?<s>-k|--insecure|insecure)[ \t]*(?:$|(?=\\n))", Options), VerificationEffect.Tls),
        new(path => EndsWith(path, ".wgetrc") || path == "/etc/wgetrc", new Regex(@"(?<s>\bcheck_certificate\s*=\s*(off|0|no|false))\b", Options), VerificationEffect.Tls),
    };

    public static IEnumerable<DisabledVerification> In(FileWrite write)
    {
        foreach (var setting in Settings)
        {
            if (!setting.AppliesTo(write.Path))
            {
                continue;
            }

            foreach (var text in write.Content)
            {
                foreach (Match match in setting.Pattern.Matches(text.Text))
                {
                    if (write.IsEdit && !IsInSedReplacement(text.Text, match.Index))
                    {
                        continue;
                    }

                    var part = match.Groups["s"].Success ? match.Groups["s"] : match.Groups[0];
                    var effect = setting.Effect == VerificationEffect.Signature && part.Value.IndexOf("Verify-", StringComparison.OrdinalIgnoreCase) >= 0
                        ? VerificationEffect.Tls
                        : setting.Effect;
                    yield return new DisabledVerification(text.SpanOf(part.Index, part.Length), part.Value, effect);
                }
            }
        }
    }

    /// <summary>Whether <paramref name="index"/> lies in the replacement of a <c>s/old/new/</c> command (what sed writes, not what it looks for).</summary>
    private static bool IsInSedReplacement(string script, int index)
    {
        foreach (Match substitution in SedSubstitution.Matches(script))
        {
            var replacement = substitution.Groups["replacement"];
            if (index >= replacement.Index && index < replacement.Index + replacement.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRepositoryFile(string path) =>
        FilePaths.IsUnder(path, "/etc/yum.repos.d") || FilePaths.IsUnder(path, "/etc/zypp/repos.d") || FilePaths.IsUnder(path, "/etc/distro.repos.d")
        || path is "/etc/yum.conf" or "/etc/dnf/dnf.conf" or "/etc/tdnf/tdnf.conf";

    private static bool EndsWith(string path, string suffix) => path.EndsWith(suffix, StringComparison.Ordinal);

    private sealed record FileSetting(Func<string, bool> AppliesTo, Regex Pattern, VerificationEffect Effect);
}
