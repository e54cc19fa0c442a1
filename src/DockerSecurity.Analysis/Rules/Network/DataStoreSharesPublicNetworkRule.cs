using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Network;

/// <summary>
/// DKS6006: a data store on the same network as a service that publishes ports is one compromised
/// front end away from the outside. Services with a <c>network_mode</c> join no project network and
/// are left out; ports bound to a loopback address do not make a service public.
/// </summary>
public sealed class DataStoreSharesPublicNetworkRule : IComposeRule
{
    private const string DefaultNetwork = "default";

    public RuleDescriptor Descriptor => RuleCatalog.DataStoreSharesPublicNetwork;

    public void Analyze(ComposeContext context)
    {
        var services = context.Project.Services.Values.Where(s => s.NetworkMode is null).ToList();
        var publishers = services.Where(PublishedPorts.PublishesBeyondHost).ToList();
        if (publishers.Count == 0)
        {
            return;
        }

        foreach (var store in services)
        {
            if (DataStores.Of(context, store) is not { } product)
            {
                continue;
            }

            foreach (var (network, at) in NetworksOf(store))
            {
                var sharing = publishers.Where(p => p != store && NetworksOf(p).Any(n => n.Name == network)).Select(p => p.Name).ToList();
                if (sharing.Count == 0)
                {
                    continue;
                }

                var names = Join(sharing);
                var publish = sharing.Count == 1 ? "which publishes ports" : "which publish ports";
                var join = sharing.Count == 1 ? "does" : "do";
                var where = at == store.NameOrigin ? "the project's default network" : $"the network '{network}'";
                context.Report(Descriptor, at, $"Data store '{store.Name}' ({product}) shares {where} with {names}, {publish}; put '{store.Name}' on a back-end network that {names} {join} not join");
            }
        }
    }

    /// <summary>The networks a service joins with where each is named; the implicit default network is placed on the service name.</summary>
    private static IEnumerable<(string Name, ComposeOrigin At)> NetworksOf(ComposeService service)
    {
        if (service.Networks is null || service.Networks.Count == 0)
        {
            return new[] { (DefaultNetwork, service.NameOrigin) };
        }

        return service.Networks.Select(n => (n.Name, n.NameOrigin));
    }

    private static string Join(IReadOnlyList<string> names)
    {
        var quoted = names.Select(n => $"'{n}'").ToList();
        return quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted.Take(quoted.Count - 1)) + " and " + quoted[quoted.Count - 1];
    }
}
