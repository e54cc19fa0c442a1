using System.Collections.Generic;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>A RUN whose command is a POSIX shell script, with the stage it belongs to.</summary>
internal readonly record struct ShellRun(Stage Stage, Instruction Instruction, ShellScript Script)
{
    /// <summary>Every shell-form RUN of <paramref name="stages"/> in source order (exec form and PowerShell/cmd stages have none).</summary>
    public static IEnumerable<ShellRun> In(DockerfileContext context, IEnumerable<Stage> stages)
    {
        foreach (var stage in stages)
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Is(InstructionKeywords.Run) && context.ShellOf(instruction) is { } script)
                {
                    yield return new ShellRun(stage, instruction, script);
                }
            }
        }
    }

    /// <summary>Every shell-form RUN of the Dockerfile.</summary>
    public static IEnumerable<ShellRun> All(DockerfileContext context) => In(context, context.Model.Stages);
}
