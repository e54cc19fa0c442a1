using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Build.Packages;

/// <summary>How one family of package managers is called: its value-taking options, subcommands and package spellings.</summary>
internal abstract class PackageSyntax
{
    public abstract PackageManagerFamily Family { get; }

    /// <summary>The options that take a value as the next word (<c>-o</c>, <c>--virtual</c>); the rest are flags.</summary>
    public abstract IReadOnlyCollection<string> OptionsWithValue { get; }

    /// <summary>
    /// What the command does, read from its positional arguments: <paramref name="actionIndex"/> is
    /// the subcommand's position (-1 when there is none) and <paramref name="firstPackage"/> the first package's.
    /// </summary>
    public abstract PackageAction ReadAction(IReadOnlyList<ShellWord> positionals, out int actionIndex, out int firstPackage);

    /// <summary>One package argument: name, version, and whether that version is exact.</summary>
    public PackageArgument ReadPackage(ShellWord word, CommandArguments arguments)
    {
        var value = word.Value;
        if (value.Length == 0 || (word.HasExpansion && word.IsExpansionAt(0)))
        {
            return PackageArgument.Unknown(word);
        }

        var package = Read(word, arguments);
        if (package.Kind != PackageArgumentKind.Repository || !word.HasExpansion)
        {
            return package;
        }

        // A variable in the name hides the package; one in the version pins it to a build argument (curl=${CURL_VERSION}).
        var versionStart = package.Version is null ? value.Length : value.Length - package.Version.Length;
        for (var i = 0; i < versionStart; i++)
        {
            if (word.IsExpansionAt(i))
            {
                return PackageArgument.Unknown(word);
            }
        }

        return package.Version is { Length: > 0 } && !package.IsPinned && HasExpansionFrom(word, versionStart)
            ? new PackageArgument(word, package.Kind, package.Name, package.Version, isPinned: true)
            : package;
    }

    protected abstract PackageArgument Read(ShellWord word, CommandArguments arguments);

    protected static PackageArgument Repository(ShellWord word, string name, string? version, bool isPinned) =>
        new(word, PackageArgumentKind.Repository, name, version, isPinned);

    /// <summary>The subcommand at position 0, packages after it.</summary>
    protected static PackageAction FirstWordAction(IReadOnlyList<ShellWord> positionals, Func<string, PackageAction> actionOf, out int actionIndex, out int firstPackage)
    {
        if (positionals.Count == 0 || positionals[0].HasExpansion)
        {
            actionIndex = -1;
            firstPackage = positionals.Count;
            return PackageAction.Other;
        }

        actionIndex = 0;
        firstPackage = 1;
        return actionOf(positionals[0].Value);
    }

    protected static bool IsPath(string value) =>
        value.StartsWith("/", StringComparison.Ordinal) || value.StartsWith("./", StringComparison.Ordinal)
        || value.StartsWith("../", StringComparison.Ordinal) || value == "." || value == ".."
        || value.StartsWith("~/", StringComparison.Ordinal) || value.IndexOf("://", StringComparison.Ordinal) > 0;

    protected static bool EndsWithAny(string value, params string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (value.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasExpansionFrom(ShellWord word, int start)
    {
        for (var i = start; i < word.Value.Length; i++)
        {
            if (word.IsExpansionAt(i))
            {
                return true;
            }
        }

        return false;
    }
}
