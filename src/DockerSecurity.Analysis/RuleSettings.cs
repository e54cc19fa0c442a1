using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis;

/// <summary>The knobs rules read, each an MSBuild property with a documented default.</summary>
public sealed class RuleSettings
{
    public static readonly RuleSettings Default = new();

    /// <summary>DockerSecurityTrustedRegistries: empty means DKS1005 is off. Entries may use <c>*</c> wildcards.</summary>
    public IReadOnlyList<string> TrustedRegistries { get; init; } = Array.Empty<string>();

    /// <summary>DockerSecurityAllowedCapabilities.</summary>
    public IReadOnlyList<string> AllowedCapabilities { get; init; } = new[] { "NET_BIND_SERVICE", "CHOWN", "SETUID", "SETGID" };

    /// <summary>DockerSecurityAllowedRestartPolicies.</summary>
    public IReadOnlyList<string> AllowedRestartPolicies { get; init; } = new[] { "unless-stopped", "on-failure", "always" };
}
