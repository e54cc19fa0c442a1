namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>
/// DKS2020: neither a custom seccomp profile (<c>seccomp=&lt;file&gt;</c>) nor an AppArmor profile
/// (<c>apparmor=&lt;name&gt;</c>) is set. A service that switches one off is DKS2012's.
/// </summary>
public sealed class NoCustomSecurityProfileRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.NoCustomSecurityProfile;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            var options = SecurityOptions.Of(service);
            if (options.HasUnknownEntries || HasProfileSetting(options))
            {
                continue;
            }

            var origin = options.Key is null ? service.NameOrigin : ServiceKey.Locate(options.Key);
            context.Report(Descriptor, origin,
                $"Service '{service.Name}' uses Docker's default seccomp and AppArmor profiles; add a custom profile ('seccomp=./security/seccomp-profile.json' or 'apparmor=<profile>')");
        }
    }

    /// <summary>A custom profile, or an <c>unconfined</c> one (reported by DKS2012); Docker's own profiles do not count.</summary>
    private static bool HasProfileSetting(SecurityOptions options)
    {
        foreach (var option in options.Entries)
        {
            switch (option.Name, option.Value)
            {
                case ("seccomp", { Length: > 0 } seccomp) when seccomp != "builtin":
                case ("apparmor", { Length: > 0 } apparmor) when apparmor != "docker-default":
                    return true;
            }
        }

        return false;
    }
}
