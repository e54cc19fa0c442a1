using System.Collections.Generic;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Build.Packages;

/// <summary><c>apt-get</c> and <c>apt</c>: <c>install curl=7.88.1-10 ./local.deb</c>, <c>purge --auto-remove</c>, <c>update</c>.</summary>
internal sealed class AptSyntax : PackageSyntax
{
    public static readonly AptSyntax Instance = new();

    private static readonly string[] ValueOptions =
    {
        "-o", "-c", "-t", "-a", "--option", "--config-file", "--target-release", "--default-release", "--host-architecture",
    };

    public override PackageManagerFamily Family => PackageManagerFamily.Apt;

    public override IReadOnlyCollection<string> OptionsWithValue => ValueOptions;

    public override PackageAction ReadAction(IReadOnlyList<ShellWord> positionals, out int actionIndex, out int firstPackage) =>
        FirstWordAction(positionals, ActionOf, out actionIndex, out firstPackage);

    private static PackageAction ActionOf(string subcommand) => subcommand switch
    {
        "install" or "reinstall" => PackageAction.Install,
        "remove" or "purge" or "autoremove" or "autopurge" => PackageAction.Remove,
        "update" => PackageAction.UpdateIndex,
        "upgrade" or "dist-upgrade" or "full-upgrade" => PackageAction.Upgrade,
        "clean" or "autoclean" => PackageAction.Clean,
        _ => PackageAction.Other,
    };

    /// <summary><c>name[:arch][=version | /release]</c>; <c>~pattern</c>, <c>?pattern</c> and globs select many packages.</summary>
    protected override PackageArgument Read(ShellWord word, CommandArguments arguments)
    {
        var value = word.Value;
        if (IsPath(value) || EndsWithAny(value, ".deb"))
        {
            return PackageArgument.Local(word);
        }

        if (value[0] is '~' or '?' || value.IndexOf('*') >= 0)
        {
            return PackageArgument.Group(word);
        }

        var equals = value.IndexOf('=');
        var slash = value.IndexOf('/');
        var end = equals >= 0 && (slash < 0 || equals < slash) ? equals : slash >= 0 ? slash : value.Length;
        var name = value.Substring(0, end);
        var colon = name.IndexOf(':');
        if (colon > 0)
        {
            name = name.Substring(0, colon);
        }

        var version = equals >= 0 && end == equals ? value.Substring(equals + 1) : null;
        return Repository(word, name, version, isPinned: version is { Length: > 0 });
    }
}
