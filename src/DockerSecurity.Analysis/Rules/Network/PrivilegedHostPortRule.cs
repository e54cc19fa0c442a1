namespace DockerSecurity.Analysis.Rules.Network;

/// <summary>DKS6004: a host port below 1024 is a privileged port, normally reserved for the host's own services.</summary>
public sealed class PrivilegedHostPortRule : IComposeRule
{
    private const int FirstUnprivilegedPort = 1024;

    public RuleDescriptor Descriptor => RuleCatalog.PrivilegedHostPort;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            foreach (var port in PublishedPorts.Of(service))
            {
                // Host port 0 asks Docker for a random (unprivileged) port.
                if (port.Port.PublishedStart is { } start and > 0 && start < FirstUnprivilegedPort)
                {
                    var what = port.Port.PublishedEnd != start ? $"the host port range {port.Port.Published}, which starts at the privileged port {start}" : $"the privileged host port {start}";
                    context.Report(Descriptor, port.At, $"Service '{service.Name}' publishes {what}; publish a port above 1023 (behind a load balancer or proxy), or suppress this for the public entry point");
                }
            }
        }
    }
}
