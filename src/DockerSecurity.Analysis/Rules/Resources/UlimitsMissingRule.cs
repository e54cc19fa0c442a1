using System.Collections.Generic;
using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Resources;

/// <summary>DKS7005: without nproc and nofile ulimits, a service inherits the daemon's defaults, which are high.</summary>
public sealed class UlimitsMissingRule : IComposeRule
{
    private static readonly string[] Required = { "nproc", "nofile" };

    public RuleDescriptor Descriptor => RuleCatalog.UlimitsMissing;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            var entry = service.Node.GetEntry("ulimits");
            switch (entry?.Value)
            {
                case null:
                case ComposeScalar { IsNull: true }:
                    context.Report(Descriptor, service.NameOrigin, $"Service '{service.Name}' sets no ulimits for nproc and nofile, so it inherits the daemon's defaults; set both");
                    break;
                case ComposeMapping ulimits:
                    var missing = new List<string>();
                    foreach (var name in Required)
                    {
                        if (!KnownValues.IsSet(ulimits, name))
                        {
                            missing.Add(name);
                        }
                    }

                    if (missing.Count == 2)
                    {
                        context.Report(Descriptor, entry.KeyOrigin, $"Service '{service.Name}' sets ulimits but not nproc and nofile, so those come from the daemon's defaults; set both");
                    }
                    else if (missing.Count == 1)
                    {
                        var other = missing[0] == "nproc" ? "nofile" : "nproc";
                        context.Report(Descriptor, entry.KeyOrigin, $"Service '{service.Name}' sets no {missing[0]} ulimit, so it comes from the daemon's defaults; set it next to {other}");
                    }

                    break;
            }
        }
    }
}
