using System.Collections.Generic;
using DockerSecurity.Analysis.Rules.Build;
using DockerSecurity.Analysis.Rules.Health;
using DockerSecurity.Analysis.Rules.Images;
using DockerSecurity.Analysis.Rules.Network;
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
        new FinalImageNotMinimalRule(),
        new UntrustedRegistryRule(),
        new ToolchainInFinalStageRule(),
        new FromArgWithoutDefaultRule(),
        new RunsAsRootRule(),
        new UnknownUserRule(),
        new SudoInRunRule(),
        new InsecurePermissionsRule(),
        new AptInstallRecommendsRule(),
        new PackageCacheLeftRule(),
        new PackageIndexUpdateAloneRule(),
        new PackageVersionNotPinnedRule(),
        new AddInsteadOfCopyRule(),
        new RemoteAddWithoutChecksumRule(),
        new RemoteScriptPipedToShellRule(),
        new TlsVerificationDisabledRule(),
        new InsecureRunOptionRule(),
        new WholeContextCopiedRule(),
        new PipeWithoutPipefailRule(),
        new ShellFormCommandRule(),
        new RepeatedSingletonInstructionRule(),
        new SecretInEnvOrArgRule(),
        new SecretFileCopiedRule(),
        new HardcodedCredentialRule(),
        new HealthcheckMissingRule(),
        new HealthcheckDisabledRule(),
        new HealthcheckTimingImplicitRule(),
        new SshExposedRule(),
    };
}
