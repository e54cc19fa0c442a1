using System.Collections.Generic;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Shell;

/// <summary>
/// A POSIX shell script (a RUN command, a here-document body) split into commands as the shell
/// splits them, every word mapped back to its source line and column.
/// </summary>
public sealed class ShellScript
{
    internal ShellScript(MappedText source, IReadOnlyList<Pipeline> pipelines, IReadOnlyList<SimpleCommand> allCommands, IReadOnlyList<Pipeline> allPipelines, IReadOnlyList<ShellProblem> problems)
    {
        Source = source;
        Pipelines = pipelines;
        AllCommands = allCommands;
        AllPipelines = allPipelines;
        Problems = problems;
    }

    /// <summary>Parses <paramref name="script"/>. Never throws: what the shell would reject is in <see cref="Problems"/>.</summary>
    public static ShellScript Parse(MappedText script, ShellParseOptions? options = null) =>
        ShellParser.Parse(script, options ?? ShellParseOptions.Default);

    public MappedText Source { get; }

    /// <summary>The script's own pipelines, in source order (nested ones are inside their commands).</summary>
    public IReadOnlyList<Pipeline> Pipelines { get; }

    /// <summary>
    /// Every simple command, nested ones included (in <c>$(...)</c>, backquotes, process
    /// substitutions, subshells, groups, loops, <c>if</c>, <c>case</c>, functions and
    /// <c>sh -c</c> bodies), in the order the shell runs them: a substitution before the command
    /// whose word holds it, an inline script after the command that starts it.
    /// </summary>
    public IReadOnlyList<SimpleCommand> AllCommands { get; }

    /// <summary>Every pipeline, nested ones included, each listed once its commands are parsed.</summary>
    public IReadOnlyList<Pipeline> AllPipelines { get; }

    public IReadOnlyList<ShellProblem> Problems { get; }
}
