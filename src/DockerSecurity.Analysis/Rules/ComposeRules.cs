using System.Collections.Generic;
using DockerSecurity.Analysis.Rules.Images;
using DockerSecurity.Analysis.Rules.Secrets;

namespace DockerSecurity.Analysis.Rules;

/// <summary>Every compose rule, in ID order. Rules are stateless, so one instance serves every project.</summary>
public static class ComposeRules
{
    public static IReadOnlyList<IComposeRule> All { get; } = new IComposeRule[]
    {
        new ImageTagMissingOrLatestRule(),
        new ImageTagFloatsRule(),
        new ImageNotPinnedByDigestRule(),
        new HardcodedCredentialRule(),
        new LiteralSecretInComposeRule(),
        new SecretInInterpolationDefaultRule(),
        new SecretFileNotIgnoredRule(),
    };
}
