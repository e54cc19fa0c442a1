using DockerSecurity.Analysis.Images;

namespace DockerSecurity.Analysis.Rules.Images;

/// <summary>DKS1001: an image without a tag, or with <c>latest</c>, changes without notice.</summary>
public sealed class ImageTagMissingOrLatestRule : IDockerfileRule, IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.ImageTagMissingOrLatest;

    public void Analyze(DockerfileContext context)
    {
        foreach (var pulled in context.PulledImages())
        {
            if (Message(pulled.Image) is { } message)
            {
                context.Report(Descriptor, pulled.Span, message);
            }
        }
    }

    /// <summary>The finding's message for <paramref name="image"/>, or null when it has a tag other than latest or a digest.</summary>
    public void Analyze(ComposeContext context)
    {
        foreach (var (_, image, scalar) in ComposeImages.Pulled(context))
        {
            if (Message(image) is { } message)
            {
                context.Report(Descriptor, scalar.Origin, message);
            }
        }
    }

    public static string? Message(ImageReference image)
    {
        if (image.Digest is not null)
        {
            return null;
        }

        return TagPinning.Classify(image.Repository ?? "", image.Tag) switch
        {
            TagPin.Missing => $"'{image.Text}' has no tag, so Docker pulls 'latest', which changes without notice: pin a full version tag",
            TagPin.Latest => $"'{image.Text}' uses the 'latest' tag, which changes without notice: pin a full version tag",
            _ => null,
        };
    }
}
