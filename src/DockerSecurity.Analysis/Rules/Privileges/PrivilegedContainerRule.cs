namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>DKS2005: <c>privileged: true</c>.</summary>
public sealed class PrivilegedContainerRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.PrivilegedContainer;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            if (service.Privileged is { Value: true } privileged && KnownValues.IsKnown(privileged.Source))
            {
                context.Report(Descriptor, privileged.Origin,
                    $"Service '{service.Name}' is privileged: it gets every capability and host device and no seccomp or AppArmor confinement; remove 'privileged' and add only the capabilities it needs");
            }
        }
    }
}
