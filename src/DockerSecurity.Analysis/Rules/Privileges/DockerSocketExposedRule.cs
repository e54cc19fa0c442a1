namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>DKS2015: the Docker daemon's API reaches the container (a <c>docker.sock</c> or named-pipe mount, <c>use_api_socket: true</c>).</summary>
public sealed class DockerSocketExposedRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.DockerSocketExposed;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            foreach (var mount in service.Volumes)
            {
                if (mount.Type is not ("bind" or "npipe") || MountSource.Of(mount) is not { } source || !DockerSocket.Names(source))
                {
                    continue;
                }

                var readOnly = mount.ReadOnly ? " (read-only does not limit the API)" : "";
                context.Report(Descriptor, source.Origin,
                    $"Service '{service.Name}' mounts the Docker socket '{source.Path ?? source.Raw}', which gives root on the host{readOnly}; remove the mount");
            }

            if (service.UseApiSocket is { Value: true } apiSocket && KnownValues.IsKnown(apiSocket.Source))
            {
                context.Report(Descriptor, apiSocket.Origin,
                    $"Service '{service.Name}' sets 'use_api_socket: true', which hands it the Docker API and so root on the host; remove it");
            }
        }
    }
}
