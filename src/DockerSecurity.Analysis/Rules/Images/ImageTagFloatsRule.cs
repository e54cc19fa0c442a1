using DockerSecurity.Analysis.Images;

namespace DockerSecurity.Analysis.Rules.Images;

/// <summary>DKS1002: a tag that is not a full version (<c>3.11-slim</c>, <c>lts</c>) moves to new images.</summary>
public sealed class ImageTagFloatsRule : ImageReferenceRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.ImageTagFloats;

    protected override string? Check(ImageReference image, RuleSettings settings) =>
        image.Digest is null && TagPinning.Classify(image.Repository ?? "", image.Tag) == TagPin.Floating
            ? $"'{image.Text}' floats: tag '{image.Tag}' is not a full version, so a rebuild can pull a different image: pin the full version (major.minor.patch)"
            : null;
}
