using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Build.Packages;

/// <summary>A package named on an install or remove command, split into name and version as its manager reads it.</summary>
internal sealed class PackageArgument
{
    public PackageArgument(ShellWord word, PackageArgumentKind kind, string name, string? version, bool isPinned)
    {
        Word = word;
        Kind = kind;
        Name = name;
        Version = version;
        IsPinned = isPinned;
    }

    public ShellWord Word { get; }

    public PackageArgumentKind Kind { get; }

    /// <summary>The package name without version, extras or architecture: <c>libpq-dev</c> for <c>libpq-dev:amd64=15.3-0</c>.</summary>
    public string Name { get; }

    /// <summary>The version text after the operator, or null.</summary>
    public string? Version { get; }

    /// <summary>The argument selects one exact version (or a file, lock or URL that fixes it).</summary>
    public bool IsPinned { get; }

    public override string ToString() => Word.Value;

    public static PackageArgument Unknown(ShellWord word) => new(word, PackageArgumentKind.Unknown, word.Value, null, isPinned: false);

    public static PackageArgument Local(ShellWord word) => new(word, PackageArgumentKind.Local, word.Value, null, isPinned: true);

    public static PackageArgument Group(ShellWord word) => new(word, PackageArgumentKind.Group, word.Value, null, isPinned: false);
}
