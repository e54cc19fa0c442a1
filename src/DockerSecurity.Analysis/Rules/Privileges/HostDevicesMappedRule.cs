using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>
/// DKS2017: a host device node mapped with <c>devices:</c>. CDI names (<c>nvidia.com/gpu=all</c>)
/// go through the runtime's device support instead of raw device nodes and are not reported.
/// </summary>
public sealed class HostDevicesMappedRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.HostDevicesMapped;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            foreach (var device in service.Devices)
            {
                var written = device.Node switch
                {
                    ComposeScalar scalar => scalar,
                    ComposeMapping mapping => mapping["source"] as ComposeScalar,
                    _ => null,
                };
                if (written is null || !KnownValues.IsKnown(written) || IsCdiName(device.Source))
                {
                    continue;
                }

                context.Report(Descriptor, written.Origin,
                    $"Service '{service.Name}' maps the host device '{device.Source}', a direct line to its kernel driver; remove it, or request GPUs through deploy.resources.reservations.devices");
            }
        }
    }

    /// <summary><c>vendor.com/class=name</c>: a Container Device Interface name, not a path.</summary>
    private static bool IsCdiName(string source)
    {
        var slash = source.IndexOf('/');
        return slash > 0 && source.IndexOf('=', slash) > slash + 1;
    }
}
