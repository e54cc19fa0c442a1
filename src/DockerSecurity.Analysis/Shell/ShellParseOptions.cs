using System.Collections.Generic;

namespace DockerSecurity.Analysis.Shell;

/// <summary>How the shell that runs the script starts.</summary>
public sealed class ShellParseOptions
{
    public static ShellParseOptions Default { get; } = new();

    /// <summary>The shell already runs with <c>pipefail</c> (for example <c>SHELL ["/bin/bash", "-o", "pipefail", "-c"]</c>).</summary>
    public bool Pipefail { get; init; }

    /// <summary>
    /// Constructs nested deeper than this (<c>$(</c>, quotes in substitutions, subshells, compound
    /// commands, <c>sh -c</c> bodies) stop the analysis with a problem instead of exhausting the stack.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 50;

    /// <summary>The POSIX shells whose scripts this parser reads.</summary>
    internal static readonly string[] PosixShells = { "sh", "bash", "dash", "ash", "ksh", "mksh", "zsh" };

    /// <summary>
    /// The options for RUN commands under a Dockerfile <c>SHELL</c> instruction
    /// (<c>["/bin/bash", "-o", "pipefail", "-c"]</c>), or null when that shell is not a POSIX
    /// shell (<c>pwsh</c>, <c>cmd</c>) and its scripts must not be read as one.
    /// </summary>
    public static ShellParseOptions? ForShell(IReadOnlyList<string> shell)
    {
        if (shell.Count == 0)
        {
            return null;
        }

        var first = CommandName.BaseName(shell[0]);
        var start = 1;
        if (first == "busybox" && shell.Count > 1)
        {
            first = CommandName.BaseName(shell[1]);
            start = 2;
        }

        if (System.Array.IndexOf(PosixShells, first) < 0)
        {
            return null;
        }

        var options = ShellOptionWords.Read(shell, start, isShell: true);
        return new ShellParseOptions { Pipefail = options.Pipefail == true };
    }
}
