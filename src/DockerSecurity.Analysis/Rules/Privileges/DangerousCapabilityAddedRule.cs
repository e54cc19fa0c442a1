namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>DKS2008: <c>cap_add</c> grants a capability that amounts to control over the host.</summary>
public sealed class DangerousCapabilityAddedRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.DangerousCapabilityAdded;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            foreach (var entry in service.CapAdd)
            {
                if (KnownValues.Of(entry) is { } name && Capabilities.DangerOf(Capabilities.Normalize(name)) is { } why)
                {
                    context.Report(Descriptor, entry.Origin, $"Service '{service.Name}' adds '{name}', {why}; remove it");
                }
            }
        }
    }
}
