using System.Linq;
using DockerSecurity.Analysis.Images;

namespace DockerSecurity.Analysis.Rules.Images;

/// <summary>DKS1002: a tag that is not a full version (<c>3.11-slim</c>, <c>lts</c>) moves to new images.</summary>
public sealed class ImageTagFloatsRule : ImageReferenceRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.ImageTagFloats;

    protected override string? Check(ImageReference image, RuleSettings settings)
    {
        if (image.Digest is not null || TagPinning.Classify(image.Repository ?? "", image.Tag) != TagPin.Floating)
        {
            return null;
        }

        var what = image.Tag!.Any(char.IsDigit) ? "is not a full version" : "names a release channel, not a version";
        return $"'{image.Text}' floats: tag '{image.Tag}' {what}, so a rebuild can pull a different image: pin the full version (major.minor.patch)";
    }
}
