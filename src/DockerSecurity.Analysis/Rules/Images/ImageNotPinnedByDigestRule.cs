using DockerSecurity.Analysis.Images;

namespace DockerSecurity.Analysis.Rules.Images;

/// <summary>DKS1003: only a digest guarantees the same image on every pull.</summary>
public sealed class ImageNotPinnedByDigestRule : ImageReferenceRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.ImageNotPinnedByDigest;

    /// <summary>Quiet where DKS1001 or DKS1002 already reports the tag: first a full version, then a digest.</summary>
    protected override string? Check(ImageReference image, RuleSettings settings) =>
        image.Digest is null && TagPinning.Classify(image.Repository ?? "", image.Tag) == TagPin.FullVersion
            ? $"'{image.Text}' is not pinned by digest: add @sha256:<digest> so the image cannot change under its tag"
            : null;
}
