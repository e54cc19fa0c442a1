using System.Collections.Generic;
using System.Linq;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>
/// DKS2009: <c>cap_add</c> grants a capability outside <c>DockerSecurityAllowedCapabilities</c>.
/// Dangerous capabilities are DKS2008's, so they are not reported twice.
/// </summary>
public sealed class CapabilityNotAllowedRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.CapabilityNotAllowed;

    public void Analyze(ComposeContext context)
    {
        var allowed = new HashSet<string>(context.Settings.AllowedCapabilities.Select(Capabilities.Normalize));
        var list = allowed.Count == 0 ? "empty" : string.Join(";", context.Settings.AllowedCapabilities);
        foreach (var service in context.Project.Services.Values)
        {
            foreach (var entry in service.CapAdd)
            {
                if (KnownValues.Of(entry) is not { } name)
                {
                    continue;
                }

                var normalized = Capabilities.Normalize(name);
                if (normalized.Length > 0 && Capabilities.DangerOf(normalized) is null && !allowed.Contains(normalized))
                {
                    context.Report(Descriptor, entry.Origin,
                        $"Service '{service.Name}' adds '{name}', which is not in DockerSecurityAllowedCapabilities ({list}); remove it or add it to the list");
                }
            }
        }
    }
}
