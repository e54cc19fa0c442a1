using System.Collections.Generic;
using DockerSecurity.Analysis.Rules.Build;
using DockerSecurity.Analysis.Rules.Compose;
using DockerSecurity.Analysis.Rules.Health;
using DockerSecurity.Analysis.Rules.Images;
using DockerSecurity.Analysis.Rules.Network;
using DockerSecurity.Analysis.Rules.Privileges;
using DockerSecurity.Analysis.Rules.Resources;
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
        new FinalImageNotMinimalRule(),
        new UntrustedRegistryRule(),
        new RunsAsRootRule(),
        new PrivilegedContainerRule(),
        new NoNewPrivilegesMissingRule(),
        new CapabilitiesNotDroppedRule(),
        new DangerousCapabilityAddedRule(),
        new CapabilityNotAllowedRule(),
        new WritableRootFilesystemRule(),
        new TmpfsWithoutNoexecNosuidRule(),
        new SecurityProfileDisabledRule(),
        new SecurityProfileMissingRule(),
        new HostNamespaceSharedRule(),
        new DockerSocketExposedRule(),
        new SensitiveHostPathMountedRule(),
        new HostDevicesMappedRule(),
        new SharedMountPropagationRule(),
        new CgroupParentSetRule(),
        new NoCustomSecurityProfileRule(),
        new TlsVerificationDisabledRule(),
        new HardcodedCredentialRule(),
        new LiteralSecretInComposeRule(),
        new SecretInInterpolationDefaultRule(),
        new SecretFileNotIgnoredRule(),
        new HealthcheckDisabledRule(),
        new ServiceHealthcheckMissingRule(),
        new RestartPolicyRule(),
        new HealthcheckTimingImplicitRule(),
        new SshExposedRule(),
        new PortBoundToAllInterfacesRule(),
        new DataStorePublishesPortsRule(),
        new PrivilegedHostPortRule(),
        new DefaultNetworkRule(),
        new DataStoreSharesPublicNetworkRule(),
        new MemoryLimitMissingRule(),
        new CpuLimitMissingRule(),
        new ResourceReservationsMissingRule(),
        new PidsLimitMissingRule(),
        new UlimitsMissingRule(),
        new ObsoleteVersionKeyRule(),
    };
}
