using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Build.Packages;

/// <summary>
/// The package manager commands of one RUN script, in the order the shell runs them; read once
/// per script and shared by every rule that asks.
/// </summary>
internal sealed class PackageCommands
{
    private static readonly ConditionalWeakTable<ShellScript, PackageCommands> Cache = new();

    private static readonly Regex PythonName = new(@"^python(\d+(\.\d+)?)?$", RegexOptions.CultureInvariant);

    private static readonly Dictionary<string, PackageSyntax> Managers = new(StringComparer.Ordinal)
    {
        ["apt-get"] = AptSyntax.Instance,
        ["apt"] = AptSyntax.Instance,
        ["apk"] = ApkSyntax.Instance,
        ["yum"] = RpmSyntax.Instance,
        ["dnf"] = RpmSyntax.Instance,
        ["dnf5"] = RpmSyntax.Instance,
        ["microdnf"] = RpmSyntax.Instance,
        ["tdnf"] = RpmSyntax.Instance,
        ["zypper"] = ZypperSyntax.Instance,
        ["npm"] = NpmSyntax.Instance,
        ["yarn"] = NpmSyntax.Instance,
        ["pnpm"] = NpmSyntax.Instance,
        ["gem"] = GemSyntax.Instance,
    };

    private readonly Dictionary<SimpleCommand, int> _order;
    private readonly Dictionary<SimpleCommand, PackageCommand> _packages = new();
    private readonly Dictionary<string, int> _lastOrders = new(StringComparer.Ordinal);

    private PackageCommands(ShellScript script)
    {
        Script = script;
        _order = new Dictionary<SimpleCommand, int>(script.AllCommands.Count);
        var commands = new List<PackageCommand>();
        for (var i = 0; i < script.AllCommands.Count; i++)
        {
            var command = script.AllCommands[i];
            _order[command] = i;
            if (Read(command) is { } package)
            {
                commands.Add(package);
                _packages[command] = package;
            }
        }

        Commands = commands;
    }

    public ShellScript Script { get; }

    /// <summary>Every package manager command, nested ones included, in the order the shell runs them.</summary>
    public IReadOnlyList<PackageCommand> Commands { get; }

    public static PackageCommands Of(ShellScript script) => Cache.GetValue(script, s => new PackageCommands(s));

    /// <summary>The position of <paramref name="command"/> in the order the shell runs the script's commands.</summary>
    public int OrderOf(SimpleCommand command) => _order.TryGetValue(command, out var order) ? order : -1;

    /// <summary>
    /// The order of the last package command that <paramref name="matches"/>, or -1; remembered under
    /// <paramref name="key"/> (which must name the condition), so each condition costs one pass per script.
    /// </summary>
    public int LastOrderOf(string key, Func<PackageCommand, bool> matches)
    {
        lock (_lastOrders)
        {
            if (!_lastOrders.TryGetValue(key, out var last))
            {
                last = -1;
                foreach (var command in Commands)
                {
                    if (matches(command))
                    {
                        last = Math.Max(last, OrderOf(command.Command));
                    }
                }

                _lastOrders[key] = last;
            }

            return last;
        }
    }

    /// <summary>The command as a package manager command of this script, or null.</summary>
    public PackageCommand? Find(SimpleCommand command) => _packages.TryGetValue(command, out var package) ? package : null;

    /// <summary>Whether <paramref name="later"/> runs after <paramref name="earlier"/>.</summary>
    public bool RunsAfter(SimpleCommand later, SimpleCommand earlier) => OrderOf(later) > OrderOf(earlier);

    /// <summary>The command as a package manager command, or null when it is none.</summary>
    public static PackageCommand? Read(SimpleCommand command)
    {
        var invocation = command.Unwrapped;
        if (invocation.NameWord is not { } toolWord || toolWord.HasExpansion || invocation.Name is not { } name)
        {
            return null;
        }

        IReadOnlyList<ShellWord> words = invocation.Arguments;
        PackageSyntax? syntax;
        var tool = name;
        if (IsPip(name))
        {
            syntax = PipSyntax.Instance;
        }
        else if (IsPython(name) && words.Count >= 2 && words[0].Value == "-m" && words[1].Value is "pip" or "pip3")
        {
            syntax = PipSyntax.Instance;
            tool = "pip";
            words = Skip(words, 2);
        }
        else if (!Managers.TryGetValue(name, out syntax))
        {
            return null;
        }

        var arguments = CommandArguments.Parse(words, syntax.OptionsWithValue);
        var positionals = arguments.Positionals;
        var action = syntax.ReadAction(positionals, out var actionIndex, out var firstPackage);
        var packages = PackageCommand.NoPackages;
        if (action is PackageAction.Install or PackageAction.Remove && firstPackage < positionals.Count)
        {
            var list = new List<PackageArgument>(positionals.Count - firstPackage);
            for (var i = firstPackage; i < positionals.Count; i++)
            {
                list.Add(syntax.ReadPackage(positionals[i], arguments));
            }

            packages = list;
        }

        var virtualPackage = syntax.Family == PackageManagerFamily.Apk ? arguments.ValueOf("-t", "--virtual") : null;
        return new PackageCommand(
            command,
            syntax.Family,
            tool,
            toolWord,
            actionIndex >= 0 ? positionals[actionIndex] : null,
            action,
            arguments,
            packages,
            virtualPackage);
    }

    /// <summary>Whether <paramref name="name"/> is a Python interpreter: <c>python</c>, <c>python3</c>, <c>python3.12</c>.</summary>
    internal static bool IsPython(string name) => PythonName.IsMatch(name);

    private static bool IsPip(string name)
    {
        if (!name.StartsWith("pip", StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 3; i < name.Length; i++)
        {
            if (!char.IsDigit(name[i]) && name[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static IReadOnlyList<ShellWord> Skip(IReadOnlyList<ShellWord> words, int count)
    {
        var rest = new List<ShellWord>(Math.Max(0, words.Count - count));
        for (var i = count; i < words.Count; i++)
        {
            rest.Add(words[i]);
        }

        return rest;
    }
}
