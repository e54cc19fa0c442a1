using System.Collections.Generic;
using DockerSecurity.Analysis.Rules.Health;
using DockerSecurity.Analysis.Rules.Images;
using DockerSecurity.Analysis.Rules.Privileges;
using DockerSecurity.Analysis.Rules.Secrets;

namespace DockerSecurity.Analysis.Rules;

/// <summary>Every Dockerfile rule, in ID order. Rules are stateless, so one instance serves every file.</summary>
public static class DockerfileRules
{
    public static IReadOnlyList<IDockerfileRule> All { get; } = new IDockerfileRule[]
    {
        new ImageTagMissingOrLatestRule(),
        new ImageTagFloatsRule(),
        new ImageNotPinnedByDigestRule(),
        new RunsAsRootRule(),
        new SecretInEnvOrArgRule(),
        new SecretFileCopiedRule(),
        new HardcodedCredentialRule(),
        new HealthcheckMissingRule(),
    };
}
