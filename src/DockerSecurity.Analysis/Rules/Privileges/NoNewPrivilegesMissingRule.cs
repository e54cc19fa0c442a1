using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>
/// DKS2006: <c>security_opt</c> does not turn on <c>no-new-privileges</c>. The last such entry
/// decides, as in the Docker daemon; <c>no-new-privileges</c> alone means true.
/// </summary>
public sealed class NoNewPrivilegesMissingRule : IComposeRule
{
    private const string Consequence = "so setuid binaries can raise its privileges";

    public RuleDescriptor Descriptor => RuleCatalog.NoNewPrivilegesMissing;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            var options = SecurityOptions.Of(service);
            if (options.HasUnknownEntries)
            {
                continue;
            }

            SecurityOption? last = null;
            foreach (var option in options.Entries)
            {
                if (option.Name == "no-new-privileges")
                {
                    last = option;
                }
            }

            if (last is null)
            {
                ReportMissing(context, service, options);
                continue;
            }

            switch (last.Value is null ? true : GoBoolean(last.Value))
            {
                case false:
                    context.Report(Descriptor, last.Entry.Origin,
                        $"Service '{service.Name}' turns 'no-new-privileges' off, {Consequence}; use 'no-new-privileges:true'");
                    break;
                case null:
                    context.Report(Descriptor, last.Entry.Origin,
                        $"Service '{service.Name}' sets '{last.Text}', which Docker refuses ('{last.Value}' is not a boolean), so the option is not in effect; use 'no-new-privileges:true'");
                    break;
            }
        }
    }

    private void ReportMissing(ComposeContext context, ComposeService service, SecurityOptions options)
    {
        if (options.Key is null)
        {
            context.Report(Descriptor, service.NameOrigin,
                $"Service '{service.Name}' does not set 'no-new-privileges' in security_opt, {Consequence}; add 'no-new-privileges:true'");
        }
        else
        {
            context.Report(Descriptor, ServiceKey.Locate(options.Key),
                $"Service '{service.Name}' has security_opt without 'no-new-privileges', {Consequence}; add 'no-new-privileges:true'");
        }
    }

    /// <summary>Go's strconv.ParseBool, which the daemon uses for the option's value.</summary>
    private static bool? GoBoolean(string value) => value switch
    {
        "1" or "t" or "T" or "TRUE" or "true" or "True" => true,
        "0" or "f" or "F" or "FALSE" or "false" or "False" => false,
        _ => null,
    };
}
