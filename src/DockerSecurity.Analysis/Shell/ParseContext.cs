using System.Collections.Generic;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Shell;

/// <summary>What every parser of one script shares, nested parsers (backquotes, <c>sh -c</c> bodies) included.</summary>
internal sealed class ParseContext
{
    public ParseContext(ShellParseOptions options)
    {
        Options = options;
    }

    public ShellParseOptions Options { get; }

    public List<ShellProblem> Problems { get; } = new();

    /// <summary>Every simple command, in the order the shell runs them.</summary>
    public List<SimpleCommand> Commands { get; } = new();

    public List<Pipeline> Pipelines { get; } = new();

    public int Depth { get; set; }

    /// <summary>Nesting went beyond the limit: every parser now sees the end of its text.</summary>
    public bool Abandoned { get; private set; }

    public void Report(string message, SourceSpan span)
    {
        if (!Abandoned)
        {
            Problems.Add(new ShellProblem(message, span));
        }
    }

    public void Abandon(SourceSpan span)
    {
        Report($"nesting deeper than {Options.MaxNestingDepth} levels: the rest of the script is not analysed", span);
        Abandoned = true;
    }
}

/// <summary>One shell process's state: a subshell or <c>$(...)</c> starts with a copy, <c>sh -c</c> with a fresh one.</summary>
internal sealed class ShellScope
{
    public ShellScope(bool pipefail)
    {
        Pipefail = pipefail;
    }

    public bool Pipefail { get; set; }

    public ShellScope Copy() => new(Pipefail);
}
