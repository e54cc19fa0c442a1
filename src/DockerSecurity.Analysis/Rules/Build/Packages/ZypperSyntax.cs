using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Build.Packages;

/// <summary><c>zypper --non-interactive install -y curl=8.0.1</c>, <c>zypper clean --all</c>, <c>zypper refresh</c>.</summary>
internal sealed class ZypperSyntax : PackageSyntax
{
    public static readonly ZypperSyntax Instance = new();

    private static readonly string[] ValueOptions =
    {
        "-R", "--root", "-c", "--config", "--releasever", "-t", "--type", "-r", "--repo", "--from", "-D", "--reposd-dir", "-C", "--cache-dir",
    };

    private static readonly string[] Kinds = { "pattern:", "patch:", "product:", "srcpackage:", "application:" };

    public override PackageManagerFamily Family => PackageManagerFamily.Zypper;

    public override IReadOnlyCollection<string> OptionsWithValue => ValueOptions;

    public override PackageAction ReadAction(IReadOnlyList<ShellWord> positionals, out int actionIndex, out int firstPackage) =>
        FirstWordAction(positionals, ActionOf, out actionIndex, out firstPackage);

    private static PackageAction ActionOf(string subcommand) => subcommand switch
    {
        "install" or "in" => PackageAction.Install,
        "remove" or "rm" => PackageAction.Remove,
        "refresh" or "ref" => PackageAction.UpdateIndex,
        "update" or "up" or "dist-upgrade" or "dup" or "patch" => PackageAction.Upgrade,
        "clean" or "cc" => PackageAction.Clean,
        _ => PackageAction.Other,
    };

    /// <summary><c>name[=|&gt;=|&lt;version]</c>, or a <c>pattern:</c>/<c>patch:</c> selector.</summary>
    protected override PackageArgument Read(ShellWord word, CommandArguments arguments)
    {
        var value = word.Value;
        if (IsPath(value) || EndsWithAny(value, ".rpm"))
        {
            return PackageArgument.Local(word);
        }

        foreach (var kind in Kinds)
        {
            if (value.StartsWith(kind, StringComparison.Ordinal))
            {
                return PackageArgument.Group(word);
            }
        }

        var end = value.IndexOfAny(new[] { '=', '<', '>' });
        if (end < 0)
        {
            return Repository(word, value, null, isPinned: false);
        }

        var versionStart = end;
        while (versionStart < value.Length && value[versionStart] is '=' or '<' or '>')
        {
            versionStart++;
        }

        var version = value.Substring(versionStart);
        return Repository(word, value.Substring(0, end), version, isPinned: value.Substring(end, versionStart - end) == "=" && version.Length > 0);
    }
}
