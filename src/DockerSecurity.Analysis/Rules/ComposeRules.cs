using System.Collections.Generic;
using DockerSecurity.Analysis.Rules.Images;
using DockerSecurity.Analysis.Rules.Privileges;

namespace DockerSecurity.Analysis.Rules;

/// <summary>Every compose rule, in ID order. Rules are stateless, so one instance serves every project.</summary>
public static class ComposeRules
{
    public static IReadOnlyList<IComposeRule> All { get; } = new IComposeRule[]
    {
        new ImageTagMissingOrLatestRule(),
        new ImageTagFloatsRule(),
        new ImageNotPinnedByDigestRule(),
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
    };
}
