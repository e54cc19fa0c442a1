using System.Collections.Generic;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Shell;

/// <summary>Commands joined by <c>|</c> (one command when there is no pipe), optionally negated by <c>!</c>.</summary>
public sealed class Pipeline
{
    internal Pipeline(IReadOnlyList<ShellCommand> commands, bool isNegated, bool pipefailEnabled, SourceSpan span)
    {
        Commands = commands;
        IsNegated = isNegated;
        PipefailEnabled = pipefailEnabled;
        Span = span;
    }

    public IReadOnlyList<ShellCommand> Commands { get; }

    public bool IsNegated { get; }

    /// <summary>More than one command: the exit status is the last command's unless <c>pipefail</c> is set.</summary>
    public bool HasPipe => Commands.Count > 1;

    /// <summary>The operator after the pipeline (<c>&amp;&amp;</c>, <c>||</c>, <c>;</c>, newline, <c>&amp;</c>, <c>;;</c>) or <see cref="ShellOperator.None"/>.</summary>
    public ShellOperator Terminator { get; internal set; }

    /// <summary>The shell runs this pipeline with <c>pipefail</c> set.</summary>
    public bool PipefailEnabled { get; }

    public SourceSpan Span { get; }
}
