using System;

namespace DockerSecurity.Analysis.Rules.Network;

/// <summary>
/// DKS6005: every service without <c>networks:</c> joins the project's default network, so every
/// tier can reach every other. <c>network_mode: bridge</c> is Docker's default bridge, shared with
/// every container on the host that has no network; other network modes stay quiet here
/// (<c>host</c> is DKS2014's).
/// </summary>
public sealed class DefaultNetworkRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.DefaultNetwork;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            if (service.NetworkMode is { } mode)
            {
                if (KnownValues.IsKnown(mode) && string.Equals(mode.Value.Trim(), "bridge", StringComparison.Ordinal))
                {
                    context.Report(Descriptor, mode.Origin, $"Service '{service.Name}' uses network_mode 'bridge', Docker's default network, which it shares with every container on the host that has no network; attach it to the project networks it needs");
                }

                continue;
            }

            if (service.Networks is null || service.Networks.Count == 0)
            {
                context.Report(Descriptor, service.NameOrigin, $"Service '{service.Name}' is on the project's default network, where every service can reach every other; attach it to the networks it needs");
            }
        }
    }
}
