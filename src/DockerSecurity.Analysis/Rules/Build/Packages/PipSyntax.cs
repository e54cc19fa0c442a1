using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Build.Packages;

/// <summary><c>pip install --no-cache-dir gunicorn==23.0.0 -r requirements.txt</c>, also as <c>python3 -m pip</c>.</summary>
internal sealed class PipSyntax : PackageSyntax
{
    public static readonly PipSyntax Instance = new();

    private static readonly string[] ValueOptions =
    {
        "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url", "--extra-index-url",
        "--trusted-host", "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--cache-dir", "--platform",
        "--python-version", "--implementation", "--abi", "--src", "--upgrade-strategy", "--progress-bar", "--log",
        "--proxy", "--retries", "--timeout", "--exists-action", "--cert", "--client-cert", "--no-binary", "--only-binary",
        "-C", "--config-settings", "--global-option", "--install-option", "--report", "--python", "--keyring-provider",
    };

    public override PackageManagerFamily Family => PackageManagerFamily.Pip;

    public override IReadOnlyCollection<string> OptionsWithValue => ValueOptions;

    public override PackageAction ReadAction(IReadOnlyList<ShellWord> positionals, out int actionIndex, out int firstPackage) =>
        FirstWordAction(positionals, ActionOf, out actionIndex, out firstPackage);

    private static PackageAction ActionOf(string subcommand) => subcommand switch
    {
        "install" => PackageAction.Install,
        "uninstall" => PackageAction.Remove,
        _ => PackageAction.Other,
    };

    /// <summary>
    /// A requirement: <c>name[extras](==|===)version</c> pins it; a range, a wildcard or none does not;
    /// <c>name @ url</c>, paths, archives and VCS URLs are fixed by what they point at.
    /// </summary>
    private static bool StartsWithAny(string value, params string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    protected override PackageArgument Read(ShellWord word, CommandArguments arguments)
    {
        var value = word.Value;
        if (IsPath(value) || value.IndexOf('/') >= 0 || value.IndexOf('\\') >= 0 || EndsWithAny(value, ".whl", ".tar.gz", ".tgz", ".zip")
            || StartsWithAny(value, "file:", "git+", "hg+", "svn+", "bzr+"))
        {
            return PackageArgument.Local(word);
        }

        var semicolon = value.IndexOf(';');
        var requirement = (semicolon >= 0 ? value.Substring(0, semicolon) : value).Replace(" ", "");
        var nameEnd = 0;
        while (nameEnd < requirement.Length && (char.IsLetterOrDigit(requirement[nameEnd]) || requirement[nameEnd] is '.' or '_' or '-'))
        {
            nameEnd++;
        }

        var name = requirement.Substring(0, nameEnd);
        var rest = requirement.Substring(nameEnd);
        if (rest.StartsWith("[", StringComparison.Ordinal))
        {
            var close = rest.IndexOf(']');
            rest = close < 0 ? string.Empty : rest.Substring(close + 1);
        }

        if (rest.Length == 0)
        {
            return Repository(word, name, null, isPinned: false);
        }

        if (rest[0] == '@')
        {
            return Repository(word, name, rest.Substring(1), isPinned: true);
        }

        var exact = rest.StartsWith("===", StringComparison.Ordinal) ? 3 : rest.StartsWith("==", StringComparison.Ordinal) ? 2 : 0;
        var versionStart = exact;
        while (exact == 0 && versionStart < rest.Length && rest[versionStart] is '=' or '<' or '>' or '~' or '!')
        {
            versionStart++;
        }

        var version = rest.Substring(versionStart);
        return Repository(word, name, version, isPinned: exact > 0 && version.Length > 0 && version.IndexOf('*') < 0 && version.IndexOf(',') < 0);
    }
}
