using System.Linq;
using DockerSecurity.Analysis.Dockerfiles;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>
/// DKS3006: ADD of a URL trusts whatever the server returns that day. <c>--checksum</c> makes the build
/// fail on other content. A Git repository is pinned by a commit instead: a branch or tag can move.
/// </summary>
public sealed class RemoteAddWithoutChecksumRule : IDockerfileRule
{
    public RuleDescriptor Descriptor => RuleCatalog.RemoteAddWithoutChecksum;

    public void Analyze(DockerfileContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            foreach (var add in stage.Instructions.Where(i => i.Is(InstructionKeywords.Add)))
            {
                if (add.GetFlag("checksum") is { Value.Length: > 0 })
                {
                    continue;
                }

                foreach (var source in AddSources.Of(context.Model, add))
                {
                    if (Message(source) is { } message)
                    {
                        context.Report(Descriptor, source.Argument.Span, message, source.Display);
                    }
                }
            }
        }
    }

    private static string? Message(AddSource source) => source.Kind switch
    {
        AddSourceKind.Url =>
            $"ADD downloads '{source.Display}' without --checksum, so whatever the server returns ends up in the image; add --checksum=sha256:<hash> of the expected file",
        AddSourceKind.Git when !source.PinsCommit =>
            $"ADD fetches the Git repository '{source.Display}' at {(source.GitRef is { } reference ? "'" + reference + "'" : "its default branch")}, which can move to other commits; pin a commit (#<commit sha>) or add --checksum=<commit sha>",
        _ => null,
    };
}
