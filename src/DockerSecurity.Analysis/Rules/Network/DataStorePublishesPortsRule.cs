namespace DockerSecurity.Analysis.Rules.Network;

/// <summary>
/// DKS6003: a data store is reached by the other services over the compose network; a published
/// port only adds a way in from outside. Loopback-bound ports (local tools) stay quiet.
/// </summary>
public sealed class DataStorePublishesPortsRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.DataStorePublishesPorts;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            if (service.Ports.Count == 0 || DataStores.Of(context, service) is not { } product)
            {
                continue;
            }

            foreach (var port in PublishedPorts.Of(service))
            {
                if (!port.IsLoopback)
                {
                    context.Report(Descriptor, port.At, $"Data store '{service.Name}' ({product}) publishes {port.Describe()}; the other services reach it over the compose network, so use 'expose' instead (or bind it to 127.0.0.1 for local tools)");
                }
            }
        }
    }
}
