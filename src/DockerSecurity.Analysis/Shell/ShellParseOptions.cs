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
}
