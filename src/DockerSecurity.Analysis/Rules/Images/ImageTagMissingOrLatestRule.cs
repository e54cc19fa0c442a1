using DockerSecurity.Analysis.Images;

namespace DockerSecurity.Analysis.Rules.Images;

/// <summary>DKS1001: an image without a tag, or with <c>latest</c>, changes without notice.</summary>
public sealed class ImageTagMissingOrLatestRule : ImageReferenceRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.ImageTagMissingOrLatest;

    protected override string? Check(ImageReference image, RuleSettings settings)
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
