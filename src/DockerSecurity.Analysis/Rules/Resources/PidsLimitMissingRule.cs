namespace DockerSecurity.Analysis.Rules.Resources;

/// <summary>DKS7004: without a PIDs limit, a fork bomb in one container can exhaust the host's process table.</summary>
public sealed class PidsLimitMissingRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.PidsLimitMissing;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            // ulimits.nproc counts processes per user across the host, not per container, so it does not count here.
            if (!KnownValues.IsSet(service.Node, "pids_limit") && !KnownValues.IsSet(service.Node, "deploy", "resources", "limits", "pids"))
            {
                context.Report(Descriptor, service.NameOrigin, $"Service '{service.Name}' has no PIDs limit, so a fork bomb in it can exhaust the host's process table; set pids_limit");
            }
            else if (service.EffectivePidsLimit is { Value: <= 0 } limit && KnownValues.IsKnown(limit.Source))
            {
                context.Report(Descriptor, limit.Origin, $"Service '{service.Name}' sets an unlimited PIDs limit ({limit.Source.Value}), so a fork bomb in it can exhaust the host's process table; set a positive pids_limit");
            }
        }
    }
}
