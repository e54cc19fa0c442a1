using System.Linq;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>
/// DKS3011: a pipe in a RUN whose shell does not have <c>pipefail</c> (from SHELL, an earlier
/// <c>set -o pipefail</c> or <c>bash -o pipefail -c</c>): a failing command before the last one goes unnoticed.
/// </summary>
public sealed class PipeWithoutPipefailRule : IDockerfileRule
{
    public RuleDescriptor Descriptor => RuleCatalog.PipeWithoutPipefail;

    public void Analyze(DockerfileContext context)
    {
        foreach (var run in ShellRun.All(context))
        {
            foreach (var pipeline in run.Script.AllPipelines)
            {
                if (!pipeline.HasPipe || pipeline.PipefailEnabled || pipeline.Commands[0].PipeSpan is not { } pipe)
                {
                    continue;
                }

                var first = NameOf(pipeline.Commands[0]);
                context.Report(Descriptor, pipe,
                    $"The pipe after '{first}' hides its failure: without pipefail a pipeline succeeds whenever its last command does; add SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before this RUN, or start the RUN with 'set -o pipefail &&' if its shell supports it",
                    string.Join(" | ", pipeline.Commands.Select(NameOf)));
            }
        }
    }

    private static string NameOf(ShellCommand command) => command switch
    {
        SimpleCommand simple => simple.Unwrapped.Name ?? simple.Name ?? "command",
        CompoundCommand compound => compound.Kind.ToString().ToLowerInvariant(),
        _ => "command",
    };
}
