namespace DockerSecurity.Analysis.Rules.Resources;

/// <summary>DKS7001: without a memory limit, one leaking service can exhaust the host's memory.</summary>
public sealed class MemoryLimitMissingRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.MemoryLimitMissing;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            // A value that depends on the environment is still a limit; the key being written is what counts.
            if (!KnownValues.IsSet(service.Node, "mem_limit") && !KnownValues.IsSet(service.Node, "deploy", "resources", "limits", "memory"))
            {
                context.Report(Descriptor, service.NameOrigin, $"Service '{service.Name}' has no memory limit, so it can exhaust the host's memory; set deploy.resources.limits.memory");
            }
            else if (service.EffectiveMemoryLimit is { Value: <= 0 } limit && KnownValues.IsKnown(limit.Source))
            {
                context.Report(Descriptor, limit.Origin, $"Service '{service.Name}' sets the memory limit to {limit.Source.Value}, which means no limit, so it can exhaust the host's memory; set a positive limit");
            }
        }
    }
}
