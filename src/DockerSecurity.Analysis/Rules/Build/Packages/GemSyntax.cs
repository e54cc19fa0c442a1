using System.Collections.Generic;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Build.Packages;

/// <summary><c>gem install bundler -v 2.5.23</c>, <c>gem install bundler:2.5.23</c>.</summary>
internal sealed class GemSyntax : PackageSyntax
{
    public static readonly GemSyntax Instance = new();

    private static readonly string[] ValueOptions =
    {
        "-v", "--version", "-i", "--install-dir", "-n", "--bindir", "--source", "-s", "-P", "--trust-policy", "--platform", "-g", "--file",
    };

    public override PackageManagerFamily Family => PackageManagerFamily.Gem;

    public override IReadOnlyCollection<string> OptionsWithValue => ValueOptions;

    public override PackageAction ReadAction(IReadOnlyList<ShellWord> positionals, out int actionIndex, out int firstPackage) =>
        FirstWordAction(positionals, ActionOf, out actionIndex, out firstPackage);

    private static PackageAction ActionOf(string subcommand) => subcommand switch
    {
        "install" or "i" => PackageAction.Install,
        "uninstall" => PackageAction.Remove,
        "update" => PackageAction.Upgrade,
        _ => PackageAction.Other,
    };

    /// <summary>A gem is pinned by <c>name:version</c> or by <c>-v</c>/<c>--version</c>, which applies to every gem named.</summary>
    protected override PackageArgument Read(ShellWord word, CommandArguments arguments)
    {
        var value = word.Value;
        if (IsPath(value) || EndsWithAny(value, ".gem"))
        {
            return PackageArgument.Local(word);
        }

        var colon = value.IndexOf(':');
        if (colon > 0)
        {
            var version = value.Substring(colon + 1);
            return Repository(word, value.Substring(0, colon), version, isPinned: version.Length > 0);
        }

        var option = arguments.ValueOf("-v", "--version");
        return Repository(word, value, option, isPinned: option is { Length: > 0 });
    }
}
