namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>
/// DKS2016: a bind mount of a sensitive host directory or a path inside one. Relative sources are
/// project paths; the Docker socket is DKS2015's; the time-zone files are fine read-only.
/// </summary>
public sealed class SensitiveHostPathMountedRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.SensitiveHostPathMounted;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            foreach (var mount in service.Volumes)
            {
                if (!mount.IsBind || MountSource.Of(mount) is not { Path: { } path } source
                    || DockerSocket.IsSocketPath(path)
                    || (mount.ReadOnly && SensitiveHostPaths.IsTimeZoneFile(path))
                    || SensitiveHostPaths.Find(path) is not { } sensitive)
                {
                    continue;
                }

                var what = sensitive.Root == "/" || SensitiveHostPaths.IsRoot(path, sensitive.Root)
                    ? $"the host directory '{path}', which holds {sensitive.Holds}"
                    : $"'{path}' from the host's '{sensitive.Root}', which holds {sensitive.Holds}";
                context.Report(Descriptor, source.Origin,
                    $"Service '{service.Name}' mounts {what}; mount only the directory it needs");
            }
        }
    }
}
