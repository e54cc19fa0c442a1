using System;
using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Shell;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Rules.Network;

/// <summary>The SSH server packages a RUN installs, per package manager (apt, apk, yum/dnf, zypper, pacman).</summary>
internal static class SshServerPackages
{
    private static readonly string[] Servers = { "openssh-server", "openssh-server-pam", "dropbear", "dropbear-bin", "dropbear-run", "tinysshd" };

    // Where the package named openssh (or ssh) brings the daemon along.
    private static readonly Dictionary<string, string[]> ServersByManager = new(StringComparer.Ordinal)
    {
        ["apt"] = Servers.Concat(new[] { "ssh" }).ToArray(),
        ["apk"] = Servers.Concat(new[] { "openssh" }).ToArray(),
        ["yum"] = Servers,
        ["zypper"] = Servers.Concat(new[] { "openssh" }).ToArray(),
        ["pacman"] = Servers.Concat(new[] { "openssh" }).ToArray(),
    };

    /// <summary>Windows' OpenSSH server, installed with <c>Add-WindowsCapability -Name OpenSSH.Server~~~~0.0.1.0</c>.</summary>
    public const string WindowsOpenSshCapability = "OpenSSH.Server";

    /// <summary>Where a RUN that is not POSIX shell (PowerShell, cmd) adds Windows' OpenSSH server; null when it does not.</summary>
    public static SourceSpan? WindowsCapability(MappedText run)
    {
        var at = run.Text.IndexOf(WindowsOpenSshCapability, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && run.Text.IndexOf("Add-WindowsCapability", StringComparison.OrdinalIgnoreCase) >= 0
            ? run.GetSpan(at, WindowsOpenSshCapability.Length)
            : null;
    }

    /// <summary>Each package word of <paramref name="script"/> that installs an SSH server.</summary>
    public static IEnumerable<ShellWord> In(ShellScript script)
    {
        foreach (var command in script.AllCommands)
        {
            var invocation = command.Unwrapped;
            var (manager, packages) = Installed(invocation);
            if (manager is null)
            {
                continue;
            }

            foreach (var word in packages)
            {
                if (!word.HasExpansion && IsServer(manager, word.Value))
                {
                    yield return word;
                }
            }
        }
    }

    private static (string? Manager, IReadOnlyList<ShellWord> Packages) Installed(CommandInvocation command)
    {
        switch (command.Name)
        {
            case "apt-get":
            case "apt":
            case "aptitude":
            {
                var arguments = command.ParseArguments("-o", "-c", "-t", "--option", "--config-file", "--target-release", "--default-release");
                return arguments.Subcommand?.Value == "install" ? ("apt", arguments.PositionalsFrom(1)) : (null, Array.Empty<ShellWord>());
            }

            case "apk":
            {
                var arguments = command.ParseArguments("-X", "--repository", "-p", "--root", "-t", "--virtual", "--arch", "--cache-dir", "--keys-dir", "--repositories-file");
                return arguments.Subcommand?.Value == "add" ? ("apk", arguments.PositionalsFrom(1)) : (null, Array.Empty<ShellWord>());
            }

            case "yum":
            case "dnf":
            case "microdnf":
            case "tdnf":
            {
                var arguments = command.ParseArguments("-c", "-x", "--exclude", "--releasever", "--installroot", "--setopt", "--enablerepo", "--disablerepo");
                return arguments.Subcommand?.Value == "install" ? ("yum", arguments.PositionalsFrom(1)) : (null, Array.Empty<ShellWord>());
            }

            case "zypper":
            {
                var arguments = command.ParseArguments("-r", "--repo", "-t", "--type", "--root", "-R");
                return arguments.Subcommand?.Value is "install" or "in" ? ("zypper", arguments.PositionalsFrom(1)) : (null, Array.Empty<ShellWord>());
            }

            case "pacman":
            {
                var arguments = command.ParseArguments("--config", "--dbpath", "-r", "--root", "-b");
                var sync = arguments.Options.Any(o => o.Name == "-S" || o.Name == "--sync");
                return sync ? ("pacman", arguments.Positionals) : (null, Array.Empty<ShellWord>());
            }

            default:
                return (null, Array.Empty<ShellWord>());
        }
    }

    /// <summary>The name without a version pin (<c>=1:9.2p1-2</c>, <c>~9.7</c>, <c>-9.7p1</c>) or architecture (<c>:amd64</c>).</summary>
    private static bool IsServer(string manager, string package)
    {
        var end = package.IndexOfAny(new[] { '=', '<', '>', '~', ':' });
        var name = end < 0 ? package : package.Substring(0, end);
        foreach (var server in ServersByManager[manager])
        {
            if (name == server)
            {
                return true;
            }

            // yum openssh-server-8.7p1, apk openssh-server-9.7_p1-r4
            if (name.StartsWith(server + "-", StringComparison.Ordinal) && name.Length > server.Length + 1 && char.IsDigit(name[server.Length + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
