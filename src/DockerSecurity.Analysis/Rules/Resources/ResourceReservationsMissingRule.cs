namespace DockerSecurity.Analysis.Rules.Resources;

/// <summary>DKS7003: without reservations, busy neighbours can squeeze a service below its working set.</summary>
public sealed class ResourceReservationsMissingRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.ResourceReservationsMissing;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            var node = service.Node;
            if (!KnownValues.IsSet(node, "mem_reservation")
                && !KnownValues.IsSet(node, "deploy", "resources", "reservations", "memory")
                && !KnownValues.IsSet(node, "deploy", "resources", "reservations", "cpus"))
            {
                context.Report(Descriptor, service.NameOrigin, $"Service '{service.Name}' reserves no resources, so busy neighbours can squeeze it below its working set; set deploy.resources.reservations (memory and cpus)");
            }
        }
    }
}
