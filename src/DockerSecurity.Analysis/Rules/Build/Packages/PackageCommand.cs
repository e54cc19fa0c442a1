using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Build.Packages;

/// <summary>
/// A package manager command of a RUN, wrappers looked through (<c>sudo apt-get install -y curl</c>):
/// its manager, what it does, its options and the packages it names, each word keeping its span.
/// </summary>
internal sealed class PackageCommand
{
    public PackageCommand(
        SimpleCommand command,
        PackageManagerFamily family,
        string tool,
        ShellWord toolWord,
        ShellWord? actionWord,
        PackageAction action,
        CommandArguments arguments,
        IReadOnlyList<PackageArgument> packages,
        string? virtualPackage = null)
    {
        Command = command;
        Family = family;
        Tool = tool;
        ToolWord = toolWord;
        ActionWord = actionWord;
        Action = action;
        Arguments = arguments;
        Packages = packages;
        VirtualPackage = virtualPackage;
    }

    public SimpleCommand Command { get; }

    public PackageManagerFamily Family { get; }

    /// <summary>The manager as called: <c>apt-get</c>, <c>pip3</c>, <c>microdnf</c> (<c>pip</c> for <c>python -m pip</c>).</summary>
    public string Tool { get; }

    /// <summary>The word naming the manager (<c>python3</c> for <c>python3 -m pip</c>).</summary>
    public ShellWord ToolWord { get; }

    /// <summary>The subcommand word: <c>install</c>, <c>add</c>, <c>update</c>...; null when there is none.</summary>
    public ShellWord? ActionWord { get; }

    public PackageAction Action { get; }

    /// <summary>The arguments after the manager (after <c>-m pip</c>), read getopt-style with the manager's value-taking options.</summary>
    public CommandArguments Arguments { get; }

    /// <summary>The packages an install or remove names, in order; empty for other actions.</summary>
    public IReadOnlyList<PackageArgument> Packages { get; }

    /// <summary>The virtual package an <c>apk add --virtual .build-deps</c> groups its packages under.</summary>
    public string? VirtualPackage { get; }

    /// <summary>The manager and subcommand as a user reads them: <c>apt-get install</c>.</summary>
    public string Display => ActionWord is null ? Tool : Tool + " " + ActionWord.Value;

    /// <summary>The word a finding about the whole command points at: the subcommand, else the manager.</summary>
    public ShellWord Anchor => ActionWord ?? ToolWord;

    public bool HasOption(params string[] names) => Arguments.HasOption(names);

    public bool Is(PackageAction action, PackageManagerFamily family) => Action == action && Family == family;

    public override string ToString() => Command.ToString();

    internal static readonly IReadOnlyList<PackageArgument> NoPackages = Array.Empty<PackageArgument>();
}
