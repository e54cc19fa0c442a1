using System.Collections.Generic;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Build.Packages;

/// <summary><c>apk add --no-cache --virtual .build-deps gcc=13.2.1-r0</c>, <c>apk del .build-deps</c>, <c>apk update</c>.</summary>
internal sealed class ApkSyntax : PackageSyntax
{
    public static readonly ApkSyntax Instance = new();

    private static readonly string[] ValueOptions =
    {
        "-X", "--repository", "-t", "--virtual", "-p", "--root", "--arch", "--cache-dir", "--repositories-file", "--keys-dir",
    };

    public override PackageManagerFamily Family => PackageManagerFamily.Apk;

    public override IReadOnlyCollection<string> OptionsWithValue => ValueOptions;

    public override PackageAction ReadAction(IReadOnlyList<ShellWord> positionals, out int actionIndex, out int firstPackage)
    {
        var action = FirstWordAction(positionals, ActionOf, out actionIndex, out firstPackage);
        if (actionIndex == 0 && positionals[0].Value == "cache")
        {
            // apk cache clean|purge|sync|download: only the first two clear anything.
            return positionals.Count > 1 && positionals[1].Value is "clean" or "purge" ? PackageAction.Clean : PackageAction.Other;
        }

        return action;
    }

    private static PackageAction ActionOf(string subcommand) => subcommand switch
    {
        "add" => PackageAction.Install,
        "del" => PackageAction.Remove,
        "update" => PackageAction.UpdateIndex,
        "upgrade" => PackageAction.Upgrade,
        _ => PackageAction.Other,
    };

    /// <summary><c>name[@repository-tag][=|~|&gt;|&lt;version]</c>; only <c>=</c> selects one version.</summary>
    protected override PackageArgument Read(ShellWord word, CommandArguments arguments)
    {
        var value = word.Value;
        if (IsPath(value) || EndsWithAny(value, ".apk"))
        {
            return PackageArgument.Local(word);
        }

        var end = value.IndexOfAny(VersionOperators);
        if (end < 0)
        {
            return Repository(word, StripTag(value), null, isPinned: false);
        }

        var versionStart = end;
        while (versionStart < value.Length && System.Array.IndexOf(VersionOperators, value[versionStart]) >= 0)
        {
            versionStart++;
        }

        var op = value.Substring(end, versionStart - end);
        var version = value.Substring(versionStart);
        return Repository(word, StripTag(value.Substring(0, end)), version, isPinned: op == "=" && version.Length > 0);
    }

    private static readonly char[] VersionOperators = { '=', '<', '>', '~' };

    private static string StripTag(string name)
    {
        var at = name.IndexOf('@');
        return at > 0 ? name.Substring(0, at) : name;
    }
}
