using System.Text.RegularExpressions;

namespace DockerSecurity.Analysis.Rules.Build.Packages;

/// <summary>What a distribution package brings that only a build needs.</summary>
internal enum ToolchainKind
{
    None,

    /// <summary>Compilers, SDKs and build tools: <c>gcc</c>, <c>build-essential</c>, <c>golang</c>, <c>maven</c>, <c>pkg-config</c>.</summary>
    BuildTools,

    /// <summary>Headers and static libraries: <c>libpq-dev</c>, <c>openssl-devel</c>.</summary>
    DevelopmentFiles,
}

/// <summary>Distribution packages (apt, apk, yum/dnf, zypper) that belong in a build stage, by name.</summary>
internal static class ToolchainPackages
{
    private static readonly Regex BuildTools = new(
        "^(?:"
        + @"build-essential|alpine-sdk|build-base|gcc|g\+\+|gcc-c\+\+|cpp|clang|make|cmake|ninja-build|autoconf|automake|libtool|pkg-config|pkgconf|pkgconfig"
        + @"|linux-headers|golang|go|rustc|cargo|rust|maven|gradle"
        + @"|(?:gcc|g\+\+|cpp|clang)-\d+(?:\.\d+)*"
        + @"|golang-.+|dotnet-sdk|dotnet-sdk-.+|openjdk-\d+-jdk(?:-headless)?|openjdk\d+-jdk|java-\d+-openjdk-devel"
        + ")$",
        RegexOptions.CultureInvariant);

    public static ToolchainKind Classify(string name) =>
        BuildTools.IsMatch(name) ? ToolchainKind.BuildTools
        : name.EndsWith("-dev", System.StringComparison.Ordinal) || name.EndsWith("-devel", System.StringComparison.Ordinal) ? ToolchainKind.DevelopmentFiles
        : ToolchainKind.None;

    /// <summary>Whether the family installs distribution packages (where these names mean what they say).</summary>
    public static bool IsDistribution(PackageManagerFamily family) =>
        family is PackageManagerFamily.Apt or PackageManagerFamily.Apk or PackageManagerFamily.Rpm or PackageManagerFamily.Zypper;
}
