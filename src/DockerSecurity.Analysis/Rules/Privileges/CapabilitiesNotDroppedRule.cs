using System.Collections.Generic;
using System.Linq;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>DKS2007: <c>cap_drop</c> is missing (reported on the service name) or lacks <c>ALL</c> (on the key).</summary>
public sealed class CapabilitiesNotDroppedRule : IComposeRule
{
    private const string Fix = "drop ALL and add back only what it needs";

    public RuleDescriptor Descriptor => RuleCatalog.CapabilitiesNotDropped;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            var key = service.Node.GetEntry("cap_drop");
            if (key is null)
            {
                context.Report(Descriptor, service.NameOrigin,
                    $"Service '{service.Name}' keeps Docker's default capabilities; add 'cap_drop: [ALL]' and add back only what it needs");
                continue;
            }

            var dropped = service.CapDrop.Select(KnownValues.Of).ToList();
            if (!ServiceKey.HoldsList(key) || dropped.Any(name => name is null || Capabilities.Normalize(name) == "ALL"))
            {
                // ALL is dropped, a variable without a default may drop it, or the value is not a list (DKS0003).
                continue;
            }

            dropped.RemoveAll(name => name!.Trim().Length == 0);
            var message = dropped.Count == 0
                ? $"Service '{service.Name}' has an empty cap_drop, so it keeps Docker's default capabilities; {Fix}"
                : $"Service '{service.Name}' drops only {Quoted(dropped!)}, so it keeps the rest of Docker's default capabilities; {Fix}";
            context.Report(Descriptor, ServiceKey.Locate(key), message);
        }
    }

    private static string Quoted(IEnumerable<string?> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
