using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Network;

/// <summary>
/// DKS6002: a port published without a host address listens on every interface of the host, and
/// Docker's packet rules bypass the host firewall. An explicit <c>0.0.0.0</c> or <c>::</c> is a
/// stated choice and stays quiet.
/// </summary>
public sealed class PortBoundToAllInterfacesRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.PortBoundToAllInterfaces;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            foreach (var port in PublishedPorts.Of(service))
            {
                if (port.HasNoHostIp)
                {
                    context.Report(Descriptor, port.At, $"Service '{service.Name}' publishes {port.Describe()} on all host interfaces, and Docker's rules bypass the host firewall; {Fix(port.Port)}");
                }
            }
        }
    }

    private static string Fix(ComposePort port)
    {
        if (port.IsLongSyntax)
        {
            return "set host_ip (127.0.0.1 for local access, or 0.0.0.0 to state that it is public)";
        }

        var protocol = port.Protocol == "tcp" ? "" : "/" + port.Protocol;
        return $"bind it to an address ('127.0.0.1:{port.Published}:{port.Target}{protocol}', or '0.0.0.0:...' to state that it is public)";
    }
}
