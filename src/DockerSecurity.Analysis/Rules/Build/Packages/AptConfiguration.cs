using System.Text.RegularExpressions;

namespace DockerSecurity.Analysis.Rules.Build.Packages;

/// <summary>
/// APT settings as <c>-o Name=value</c> gives them and as <c>/etc/apt/apt.conf.d/*</c> files
/// write them (<c>APT::Install-Recommends "false";</c>); names are case-insensitive, as in APT.
/// </summary>
internal static class AptConfiguration
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Regex RecommendsOff = new(@"APT::Install-Recommends\s*=?\s*""?\s*(false|0|no|off)\b", Options);

    /// <summary>Settings that turn off TLS peer checks (<c>Acquire::https::Verify-Peer "false"</c>) or allow unsigned repositories.</summary>
    public static readonly Regex VerificationOff = new(
        @"Acquire::https(::[^:\s""=;]+)?::Verify-(Peer|Host)\s*=?\s*""?\s*(false|0|no|off)\b""?"
        + @"|(APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories|Acquire::AllowDowngradeToInsecureRepositories|Acquire::AllowWeakRepositories)\s*=?\s*""?\s*(true|1|yes|on)\b""?",
        Options);

    public static bool IsConfigFile(string path) => path == "/etc/apt/apt.conf" || FilePaths.IsUnder(path, "/etc/apt/apt.conf.d");

    public static bool IsSourcesFile(string path) => path == "/etc/apt/sources.list" || FilePaths.IsUnder(path, "/etc/apt/sources.list.d");

    /// <summary>Whether the text sets <c>APT::Install-Recommends</c> to false.</summary>
    public static bool TurnsOffRecommends(string text) => RecommendsOff.IsMatch(text);
}
