using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>DKS2010: <c>read_only: true</c> is missing (reported on the service name) or <c>false</c> (on the value).</summary>
public sealed class WritableRootFilesystemRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.WritableRootFilesystem;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            if (service.ReadOnly is { } readOnly)
            {
                if (!readOnly.Value && KnownValues.IsKnown(readOnly.Source))
                {
                    context.Report(Descriptor, readOnly.Origin,
                        $"Service '{service.Name}' sets 'read_only: {readOnly.Source.Value}', so its root filesystem is writable; set 'read_only: true' and mount tmpfs for the paths it writes to");
                }
            }
            else if (service.Node["read_only"] is null or ComposeScalar { IsNull: true })
            {
                context.Report(Descriptor, service.NameOrigin,
                    $"Service '{service.Name}' has a writable root filesystem; set 'read_only: true' and mount tmpfs for the paths it writes to");
            }
        }
    }
}
