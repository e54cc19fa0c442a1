using DockerSecurity.Analysis.Images;

namespace DockerSecurity.Analysis.Rules.Images;

/// <summary>DKS1002: a tag that is not a full version (<c>3.11-slim</c>, <c>lts</c>) moves to new images.</summary>
public sealed class ImageTagFloatsRule : IDockerfileRule, IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.ImageTagFloats;

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

    public static string? Message(ImageReference image) =>
        image.Digest is null && TagPinning.Classify(image.Repository ?? "", image.Tag) == TagPin.Floating
            ? $"'{image.Text}' floats: tag '{image.Tag}' is not a full version, so a rebuild can pull a different image: pin the full version (major.minor.patch)"
            : null;
}
