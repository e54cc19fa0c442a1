using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>
/// DKS3012: a shell-form CMD or ENTRYPOINT starts the shell as PID 1, which does not pass SIGTERM on,
/// so <c>docker stop</c> waits and then kills the application. Checked for the command the final image
/// really runs; Windows stages are quiet (no POSIX signals: Windows stops every process of the container).
/// </summary>
public sealed class ShellFormCommandRule : IDockerfileRule
{
    public RuleDescriptor Descriptor => RuleCatalog.ShellFormCommand;

    public void Analyze(DockerfileContext context)
    {
        if (context.Model.FinalStage is not { } final || context.TraitsOf(final).IsWindows || context.Model.Syntax.EscapeToken == '`')
        {
            return;
        }

        foreach (var instruction in EffectiveCommands(StageLineage.Of(final)))
        {
            if (instruction.IsExecForm || instruction.CommandText is not { } command || instruction.Arguments.Count == 0)
            {
                continue;
            }

            var script = ShellScript.Parse(command);
            if (StartsWithExec(script))
            {
                continue;
            }

            var stage = context.Model.StageOf(instruction)!;
            var shell = string.Join(" ", stage.ShellAt(instruction));
            context.Report(Descriptor, instruction.Arguments[0].Span,
                $"Shell-form {instruction.Keyword} runs under '{shell}', so the shell is PID 1 and the application does not receive SIGTERM and cannot shut down gracefully; use the exec form {ExecForm(instruction.Keyword, script)}",
                instruction.Keyword);
        }
    }

    /// <summary>
    /// The last CMD and ENTRYPOINT of the lineage; an ENTRYPOINT resets a CMD inherited from an
    /// earlier stage, as Docker does when the stage sets no CMD of its own.
    /// </summary>
    private static IEnumerable<Instruction> EffectiveCommands(IReadOnlyList<Stage> lineage)
    {
        Instruction? cmd = null;
        Instruction? entrypoint = null;
        foreach (var stage in lineage)
        {
            var cmdSetHere = false;
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Is(InstructionKeywords.Cmd))
                {
                    cmd = instruction;
                    cmdSetHere = true;
                }
                else if (instruction.Is(InstructionKeywords.Entrypoint))
                {
                    entrypoint = instruction;
                    if (!cmdSetHere)
                    {
                        cmd = null;
                    }
                }
            }
        }

        return new[] { entrypoint, cmd }.Where(i => i is not null).Select(i => i!).OrderBy(i => i.Span.Start);
    }

    /// <summary><c>CMD exec gunicorn ...</c>: the shell replaces itself with the application.</summary>
    private static bool StartsWithExec(ShellScript script) =>
        script.Pipelines.Count == 1 && script.Pipelines[0].Commands.Count == 1
            && script.Pipelines[0].Commands[0] is SimpleCommand { Name: "exec" } simple && simple.Words.Count > 1;

    /// <summary>The JSON form of a single command of literal words; a generic hint otherwise.</summary>
    private static string ExecForm(string keyword, ShellScript script)
    {
        if (script.Problems.Count == 0 && script.Pipelines.Count == 1 && script.Pipelines[0].Commands.Count == 1
            && script.Pipelines[0].Commands[0] is SimpleCommand { Assignments.Count: 0, Redirections.Count: 0 } simple
            && simple.Words.Count > 0 && simple.Words.All(w => w.IsLiteral))
        {
            return keyword + " [" + string.Join(", ", simple.Words.Select(w => Json(w.Value))) + "]";
        }

        return "(a JSON array), with a script that ends in 'exec' where the command needs a shell";
    }

    private static string Json(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
