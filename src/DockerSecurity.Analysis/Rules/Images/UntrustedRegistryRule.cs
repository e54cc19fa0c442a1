using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Images;

namespace DockerSecurity.Analysis.Rules.Images;

/// <summary>
/// DKS1005: an image pulled from a registry the project does not trust, when
/// DockerSecurityTrustedRegistries is set. Images that <c>COPY --from</c> and <c>RUN --mount from=</c>
/// pull count as well as FROM images.
/// </summary>
public sealed class UntrustedRegistryRule : IDockerfileRule, IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.UntrustedRegistry;

    public void Analyze(DockerfileContext context)
    {
        var trusted = TrustedRegistries.Of(context.Settings);
        if (trusted.IsEmpty)
        {
            return;
        }

        foreach (var pulled in context.PulledImages())
        {
            if (Message(pulled.Image, trusted) is { } message)
            {
                context.Report(Descriptor, pulled.Span, message);
            }
        }

        foreach (var reference in context.Model.StageGraph.References)
        {
            if (reference.Kind != StageReferenceKind.From && reference.Target is null
                && reference.Image is { IsValid: true, IsScratch: false, HasUnresolvedVariables: false } image
                && Message(image, trusted) is { } message)
            {
                context.Report(Descriptor, reference.Span, message);
            }
        }
    }

    public void Analyze(ComposeContext context)
    {
        var trusted = TrustedRegistries.Of(context.Settings);
        if (trusted.IsEmpty)
        {
            return;
        }

        foreach (var (_, image, scalar) in ComposeImages.Pulled(context))
        {
            if (Message(image, trusted) is { } message)
            {
                context.Report(Descriptor, scalar.Origin, message);
            }
        }
    }

    internal static string? Message(ImageReference image, TrustedRegistries trusted) =>
        trusted.Trusts(image)
            ? null
            : $"'{image.Text}' comes from '{image.Domain}', which is not in DockerSecurityTrustedRegistries ({trusted.Describe()}); use an image from a trusted registry or mirror it into one";
}
