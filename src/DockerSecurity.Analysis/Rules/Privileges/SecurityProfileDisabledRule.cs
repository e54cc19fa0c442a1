namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>DKS2012: a <c>security_opt</c> entry switches a kernel confinement off (seccomp, AppArmor, SELinux, masked paths).</summary>
public sealed class SecurityProfileDisabledRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.SecurityProfileDisabled;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            foreach (var option in SecurityOptions.Of(service).Entries)
            {
                if (Describe(option) is { } what)
                {
                    context.Report(Descriptor, option.Entry.Origin, $"Service '{service.Name}' {what}");
                }
            }
        }
    }

    private static string? Describe(SecurityOption option)
    {
        if (option.Text == "systempaths=unconfined")
        {
            return "unmasks /proc and /sys paths ('systempaths=unconfined'), exposing host kernel interfaces the engine normally hides; remove it";
        }

        return (option.Name, option.Value) switch
        {
            ("seccomp", "unconfined") => $"disables seccomp ('{option.Text}'), so every system call reaches the host kernel; remove it or use a custom profile",
            ("apparmor", "unconfined") => $"disables AppArmor ('{option.Text}'), so its file, mount and network access is not confined; remove it or use a custom profile",
            ("label", "disable") => $"disables SELinux labelling ('{option.Text}'), so SELinux does not confine it; remove it",
            ("label", "type:spc_t") or ("label", "type:unconfined_t") => $"runs under an unconfined SELinux type ('{option.Text}'); remove it",
            _ => null,
        };
    }
}
