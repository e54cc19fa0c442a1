namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>DKS2019: <c>cgroup_parent</c> moves the container into an existing cgroup.</summary>
public sealed class CgroupParentSetRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.CgroupParentSet;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            if (service.CgroupParent is { } parent && KnownValues.Of(parent) is { Length: > 0 } name)
            {
                context.Report(Descriptor, parent.Origin,
                    $"Service '{service.Name}' runs under the cgroup '{name}' instead of its own, so it shares that cgroup's limits; remove cgroup_parent");
            }
        }
    }
}
