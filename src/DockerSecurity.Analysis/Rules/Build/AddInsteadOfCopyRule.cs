using System.Linq;
using DockerSecurity.Analysis.Dockerfiles;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>
/// DKS3005: ADD of local files does what COPY does, plus downloading and unpacking on its own; COPY
/// says what happens. ADD stays fine for what only it does: URLs and Git repositories (DKS3006's
/// business) and local tar archives it unpacks.
/// </summary>
public sealed class AddInsteadOfCopyRule : IDockerfileRule
{
    public RuleDescriptor Descriptor => RuleCatalog.AddInsteadOfCopy;

    public void Analyze(DockerfileContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            foreach (var add in stage.Instructions.Where(i => i.Is(InstructionKeywords.Add)))
            {
                var sources = AddSources.Of(context.Model, add);
                if (sources.Count == 0 || sources.Any(s => s.Kind is not (AddSourceKind.Local or AddSourceKind.Heredoc)))
                {
                    continue;
                }

                var names = string.Join(", ", sources.Select(s => "'" + s.Value + "'"));
                context.Report(Descriptor, add.KeywordSpan,
                    $"ADD copies local content ({names}); use COPY, which never downloads URLs or unpacks archives by surprise",
                    "ADD " + names);
            }
        }
    }
}
