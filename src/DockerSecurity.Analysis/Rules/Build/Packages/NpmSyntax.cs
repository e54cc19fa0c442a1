using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Build.Packages;

/// <summary><c>npm install -g pm2@5.4.3</c>, <c>npm ci</c>, <c>yarn global add</c>, <c>pnpm add</c>.</summary>
internal sealed class NpmSyntax : PackageSyntax
{
    public static readonly NpmSyntax Instance = new();

    private static readonly Regex ExactVersion = new(@"^v?\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]+)?$", RegexOptions.CultureInvariant);

    private static readonly string[] ValueOptions =
    {
        "--prefix", "--registry", "--cache", "--tag", "-w", "--workspace", "--omit", "--include", "--install-strategy",
        "--userconfig", "--globalconfig", "--loglevel", "--modules-folder", "--cwd", "--filter", "-C", "--dir",
    };

    private static readonly string[] Installs =
    {
        "install", "i", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "isntall", "add", "ci", "clean-install",
    };

    private static readonly string[] Removes = { "uninstall", "un", "unlink", "remove", "rm", "r" };

    public override PackageManagerFamily Family => PackageManagerFamily.Npm;

    public override IReadOnlyCollection<string> OptionsWithValue => ValueOptions;

    public override PackageAction ReadAction(IReadOnlyList<ShellWord> positionals, out int actionIndex, out int firstPackage)
    {
        var action = FirstWordAction(positionals, ActionOf, out actionIndex, out firstPackage);
        if (actionIndex == 0 && positionals[0].Value == "global" && positionals.Count > 1 && !positionals[1].HasExpansion)
        {
            // yarn global add pm2
            actionIndex = 1;
            firstPackage = 2;
            return ActionOf(positionals[1].Value);
        }

        return action;
    }

    private static PackageAction ActionOf(string subcommand) =>
        Array.IndexOf(Installs, subcommand) >= 0 ? PackageAction.Install
        : Array.IndexOf(Removes, subcommand) >= 0 ? PackageAction.Remove
        : PackageAction.Other;

    /// <summary><c>name@version</c> or <c>@scope/name@version</c>; only an exact semantic version pins it (not <c>^1.2</c>, <c>1</c>, <c>latest</c>).</summary>
    protected override PackageArgument Read(ShellWord word, CommandArguments arguments)
    {
        var value = word.Value;
        if (IsPath(value) || EndsWithAny(value, ".tgz", ".tar.gz") || value.IndexOf(':') >= 0
            || (value[0] != '@' && value.IndexOf('/') >= 0))
        {
            // Files, folders, URLs, git: and github: specs, and user/repo shorthands are not registry packages.
            return PackageArgument.Local(word);
        }

        var at = value.IndexOf('@', value[0] == '@' ? 1 : 0);
        if (at < 0)
        {
            return Repository(word, value, null, isPinned: false);
        }

        var version = value.Substring(at + 1);
        return Repository(word, value.Substring(0, at), version, isPinned: ExactVersion.IsMatch(version));
    }
}
