using DockerSecurity.Analysis.Images;

namespace DockerSecurity.Analysis.Rules.Images;

/// <summary>
/// DKS1004: a full image ships a shell, a package manager and tools the application never uses. Only
/// the final image counts: build stages may use anything, since nothing of them ships.
/// </summary>
public sealed class FinalImageNotMinimalRule : IDockerfileRule, IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.FinalImageNotMinimal;

    /// <summary>Reported where the final image is named: the final FROM, or the FROM of the stage it is built from.</summary>
    public void Analyze(DockerfileContext context)
    {
        if (context.Model.FinalStage is not { } final)
        {
            return;
        }

        var root = StageLineage.Root(final);
        if (root.BaseImage is not { IsValid: true, HasUnresolvedVariables: false } image || root.BaseImageArgument is not { } argument)
        {
            return;
        }

        if (Message(image, context.TraitsOf(final)) is { } message)
        {
            context.Report(Descriptor, argument.Span, message);
        }
    }

    public void Analyze(ComposeContext context)
    {
        foreach (var (_, image, scalar) in ComposeImages.Pulled(context))
        {
            if (Message(image, BaseImageKnowledge.Describe(image)) is { } message)
            {
                context.Report(Descriptor, scalar.Origin, message);
            }
        }
    }

    public static string? Message(ImageReference image, ImageTraits traits)
    {
        if (traits.IsMinimal || image.IsScratch)
        {
            return null;
        }

        return traits.IsWindows
            ? $"'{image.Text}' is a full Windows Server image with components the application does not need at run time; use a Nano Server variant"
            : $"'{image.Text}' is a full image with a shell, package manager and tools the application does not need at run time; use a minimal variant (slim, alpine, distroless or chiseled)";
    }
}
