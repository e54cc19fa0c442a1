using DockerSecurity.Analysis.Images;

namespace DockerSecurity.Analysis.Rules.Images;

/// <summary>
/// A rule that judges every image a Dockerfile's FROM or a compose <c>image:</c> pulls by its
/// reference alone, and reports at the reference.
/// </summary>
public abstract class ImageReferenceRule : IDockerfileRule, IComposeRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public void Analyze(DockerfileContext context)
    {
        foreach (var pulled in context.PulledImages())
        {
            if (Check(pulled.Image, context.Settings) is { } message)
            {
                context.Report(Descriptor, pulled.Span, message);
            }
        }
    }

    public void Analyze(ComposeContext context)
    {
        foreach (var (_, image, scalar) in ComposeImages.Pulled(context))
        {
            if (Check(image, context.Settings) is { } message)
            {
                context.Report(Descriptor, scalar.Origin, message);
            }
        }
    }

    /// <summary>The finding's message for <paramref name="image"/>, or null when it complies.</summary>
    protected abstract string? Check(ImageReference image, RuleSettings settings);
}
