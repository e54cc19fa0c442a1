namespace DockerSecurity.Analysis.Rules.Resources;

/// <summary>DKS7002: without a CPU limit, one busy service can starve every other on the host.</summary>
public sealed class CpuLimitMissingRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.CpuLimitMissing;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            if (!KnownValues.IsSet(service.Node, "cpus") && !KnownValues.IsSet(service.Node, "deploy", "resources", "limits", "cpus"))
            {
                context.Report(Descriptor, service.NameOrigin, $"Service '{service.Name}' has no CPU limit, so it can starve every other service on the host; set deploy.resources.limits.cpus");
            }
            else if (service.EffectiveCpuLimit is { Value: <= 0 } limit && KnownValues.IsKnown(limit.Source))
            {
                context.Report(Descriptor, limit.Origin, $"Service '{service.Name}' sets the CPU limit to {limit.Source.Value}, which means no limit, so it can starve every other service on the host; set a positive limit");
            }
        }
    }
}
