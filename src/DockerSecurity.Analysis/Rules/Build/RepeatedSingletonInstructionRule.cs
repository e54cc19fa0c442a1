using System.Linq;
using DockerSecurity.Analysis.Dockerfiles;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>DKS3013: of several CMD, ENTRYPOINT or HEALTHCHECK in one stage, only the last counts; the others mislead.</summary>
public sealed class RepeatedSingletonInstructionRule : IDockerfileRule
{
    private static readonly string[] Singletons = { InstructionKeywords.Cmd, InstructionKeywords.Entrypoint, InstructionKeywords.Healthcheck };

    public RuleDescriptor Descriptor => RuleCatalog.RepeatedSingletonInstruction;

    public void Analyze(DockerfileContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            foreach (var keyword in Singletons)
            {
                var all = stage.Instructions.Where(i => i.Is(keyword)).ToList();
                if (all.Count < 2)
                {
                    continue;
                }

                var last = all[all.Count - 1];
                var advice = keyword == InstructionKeywords.Healthcheck ? "remove it" : "remove it, or run both steps from one entrypoint script";
                foreach (var earlier in all.Take(all.Count - 1))
                {
                    context.Report(Descriptor, earlier.KeywordSpan,
                        $"This {keyword} has no effect: the {keyword} on line {last.KeywordSpan.StartLine} replaces it; {advice}",
                        $"{keyword} in {stage}");
                }
            }
        }
    }
}
