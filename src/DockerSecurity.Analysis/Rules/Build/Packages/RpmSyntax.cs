using System.Collections.Generic;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Build.Packages;

/// <summary><c>yum</c>, <c>dnf</c>, <c>microdnf</c>, <c>tdnf</c>: <c>install -y nginx-1.20.1-1.el8</c>, <c>group install</c>, <c>clean all</c>.</summary>
internal sealed class RpmSyntax : PackageSyntax
{
    public static readonly RpmSyntax Instance = new();

    private static readonly string[] ValueOptions =
    {
        "-c", "--config", "--enablerepo", "--disablerepo", "--repo", "--repoid", "--setopt", "--installroot", "--releasever",
        "-x", "--exclude", "--downloaddir", "--destdir", "-d", "--debuglevel", "-e", "--errorlevel", "--forcearch", "--color",
    };

    public override PackageManagerFamily Family => PackageManagerFamily.Rpm;

    public override IReadOnlyCollection<string> OptionsWithValue => ValueOptions;

    public override PackageAction ReadAction(IReadOnlyList<ShellWord> positionals, out int actionIndex, out int firstPackage)
    {
        var action = FirstWordAction(positionals, ActionOf, out actionIndex, out firstPackage);
        if (actionIndex == 0 && positionals[0].Value is "group" or "groups" && positionals.Count > 1)
        {
            // dnf group install "Development Tools": the subcommand is the second word.
            actionIndex = 1;
            firstPackage = 2;
            return positionals[1].Value switch
            {
                "install" => PackageAction.Install,
                "remove" or "erase" => PackageAction.Remove,
                _ => PackageAction.Other,
            };
        }

        return action;
    }

    private static PackageAction ActionOf(string subcommand) => subcommand switch
    {
        "install" or "in" or "localinstall" or "reinstall" or "groupinstall" => PackageAction.Install,
        "remove" or "rm" or "erase" or "autoremove" or "groupremove" => PackageAction.Remove,
        "makecache" => PackageAction.UpdateIndex,
        "update" or "upgrade" or "distro-sync" or "update-minimal" or "upgrade-minimal" => PackageAction.Upgrade,
        "clean" => PackageAction.Clean,
        _ => PackageAction.Other,
    };

    /// <summary>
    /// <c>name-version[-release][.arch]</c>: the version is the first dash-separated part that
    /// starts with a digit when every later part does too, so <c>java-17-openjdk</c> is a name.
    /// </summary>
    protected override PackageArgument Read(ShellWord word, CommandArguments arguments)
    {
        var value = word.Value;
        if (IsPath(value) || EndsWithAny(value, ".rpm") || value.IndexOf('/') >= 0)
        {
            return PackageArgument.Local(word);
        }

        if (value[0] == '@')
        {
            return PackageArgument.Group(word);
        }

        var parts = value.Split('-');
        for (var i = 1; i < parts.Length; i++)
        {
            if (StartsWithDigit(parts[i]) && AllStartWithDigit(parts, i))
            {
                var name = string.Join("-", parts, 0, i);
                var version = value.Substring(name.Length + 1);
                return Repository(word, name, version, isPinned: version.IndexOf('*') < 0);
            }
        }

        return Repository(word, value, null, isPinned: false);
    }

    private static bool StartsWithDigit(string part) => part.Length > 0 && part[0] >= '0' && part[0] <= '9';

    private static bool AllStartWithDigit(string[] parts, int from)
    {
        for (var i = from; i < parts.Length; i++)
        {
            if (!StartsWithDigit(parts[i]))
            {
                return false;
            }
        }

        return true;
    }
}
