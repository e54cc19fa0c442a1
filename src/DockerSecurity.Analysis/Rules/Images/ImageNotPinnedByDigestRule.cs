using DockerSecurity.Analysis.Images;

namespace DockerSecurity.Analysis.Rules.Images;

/// <summary>DKS1003: only a digest guarantees the same image on every pull.</summary>
public sealed class ImageNotPinnedByDigestRule : IDockerfileRule, IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.ImageNotPinnedByDigest;

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

    /// <summary>Quiet where DKS1001 or DKS1002 already reports the tag: first a full version, then a digest.</summary>
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
        image.Digest is null && TagPinning.Classify(image.Repository ?? "", image.Tag) == TagPin.FullVersion
            ? $"'{image.Text}' is not pinned by digest: add @sha256:<digest> so the image cannot change under its tag"
            : null;
}
