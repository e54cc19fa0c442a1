using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Shell;

/// <summary>A command of a pipeline: a <see cref="SimpleCommand"/> or a <see cref="CompoundCommand"/>.</summary>
public abstract class ShellCommand
{
    private protected ShellCommand()
    {
    }

    public SourceSpan Span { get; internal set; }

    public IReadOnlyList<ShellRedirection> Redirections => RedirectionList;

    /// <summary>
    /// The operator after this command: <see cref="ShellOperator.Pipe"/> inside a pipeline,
    /// otherwise its pipeline's <see cref="Pipeline.Terminator"/>.
    /// </summary>
    public ShellOperator Connector { get; internal set; }

    /// <summary>Where the <c>|</c> or <c>|&amp;</c> after this command is written; null when <see cref="Connector"/> is not a pipe.</summary>
    public SourceSpan? PipeSpan { get; internal set; }

    /// <summary>The pipeline this command belongs to.</summary>
    public Pipeline Pipeline { get; internal set; } = null!;

    /// <summary>The command whose body, word or inline script holds this one; null at the script's top level.</summary>
    public ShellCommand? Parent { get; internal set; }

    public CommandOrigin Origin { get; internal set; }

    /// <summary>The shell runs this command with <c>pipefail</c> set (by an earlier <c>set -o pipefail</c>, an option of the shell, or <see cref="ShellParseOptions.Pipefail"/>).</summary>
    public bool PipefailEnabled { get; internal set; }

    /// <summary>The commands that hold this one, nearest first.</summary>
    public IEnumerable<ShellCommand> Ancestors()
    {
        for (var parent = Parent; parent is not null; parent = parent.Parent)
        {
            yield return parent;
        }
    }

    internal List<ShellRedirection> RedirectionList { get; } = new();

    internal static readonly IReadOnlyList<ShellWord> NoWords = Array.Empty<ShellWord>();
}
