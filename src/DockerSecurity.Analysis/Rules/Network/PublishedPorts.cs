using System.Collections.Generic;
using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Network;

/// <summary>The ports services publish on the host, as far as the compose files decide them.</summary>
internal static class PublishedPorts
{
    /// <summary>
    /// Each <c>ports:</c> entry of <paramref name="service"/> whose host address and host port do not
    /// depend on a variable without a default (the environment decides those, so they are not judged).
    /// </summary>
    public static IEnumerable<PublishedPort> Of(ComposeService service)
    {
        foreach (var port in service.Ports)
        {
            if (Judge(service, port) is { } published)
            {
                yield return published;
            }
        }
    }

    /// <summary>
    /// Whether the service publishes a port that may be reachable from beyond the host: any entry
    /// except those known to bind a loopback address (an entry that depends on the environment counts).
    /// </summary>
    public static bool PublishesBeyondHost(ComposeService service)
    {
        foreach (var port in service.Ports)
        {
            if (Judge(service, port) is not { IsLoopback: true })
            {
                return true;
            }
        }

        return false;
    }

    private static PublishedPort? Judge(ComposeService service, ComposePort port) => port.Node switch
    {
        ComposeScalar scalar when KnownValues.IsKnown(scalar) => new PublishedPort(service, port, scalar.Origin),
        ComposeMapping mapping when IsKnown(mapping, "host_ip") && IsKnown(mapping, "published") =>
            new PublishedPort(service, port, Location(mapping)),
        _ => null,
    };

    /// <summary>The long syntax's <c>published</c> value, else its <c>target</c>.</summary>
    private static ComposeOrigin Location(ComposeMapping mapping) =>
        (mapping["published"] is ComposeScalar { IsNull: false } published ? published : mapping["target"] as ComposeScalar)?.Origin ?? mapping.Origin;

    private static bool IsKnown(ComposeMapping mapping, string key) =>
        mapping[key] is not ComposeScalar scalar || KnownValues.IsKnown(scalar);
}
