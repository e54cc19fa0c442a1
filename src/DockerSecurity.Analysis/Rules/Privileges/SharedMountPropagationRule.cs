using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>DKS2018: a mount with <c>shared</c> or <c>rshared</c> propagation (short-syntax option or <c>bind.propagation</c>).</summary>
public sealed class SharedMountPropagationRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.SharedMountPropagation;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            foreach (var mount in service.Volumes)
            {
                if (mount.Propagation is not ("shared" or "rshared") || Locate(mount) is not { } origin)
                {
                    continue;
                }

                context.Report(Descriptor, origin,
                    $"Service '{service.Name}' mounts '{mount.Source ?? mount.Target}' with '{mount.Propagation}' propagation, so mounts made in the container reach the host; remove it or use 'rslave'");
            }
        }
    }

    /// <summary>The propagation option itself; null when a variable without a default decides it.</summary>
    private static ComposeOrigin? Locate(ComposeVolumeMount mount)
    {
        switch (mount.Node)
        {
            case ComposeScalar entry when KnownValues.IsKnown(entry):
                if (!entry.IsLiteral || entry.Raw != entry.Value)
                {
                    return entry.Origin;
                }

                var options = entry.Raw.LastIndexOf(':') + 1;
                var offset = options;
                foreach (var option in entry.Raw.Substring(options).Split(','))
                {
                    if (option == mount.Propagation)
                    {
                        return new ComposeOrigin(entry.Origin.FilePath, entry.SpanOf(offset, option.Length));
                    }

                    offset += option.Length + 1;
                }

                return entry.Origin;
            case ComposeMapping mapping when mapping["bind"] is ComposeMapping bind && bind["propagation"] is ComposeScalar propagation && KnownValues.IsKnown(propagation):
                return propagation.Origin;
            default:
                return null;
        }
    }
}
