using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Dockerfiles;

namespace DockerSecurity.Analysis.Rules.Health;

/// <summary>
/// DKS5005: a health check that leaves its interval, timeout or retry count to Docker's defaults (30s,
/// 30s, 3) detects a hang late and was never tuned to the service. Compose merges a service's
/// healthcheck with the image's field by field, so a setting of the built Dockerfile's HEALTHCHECK counts.
/// </summary>
public sealed class HealthcheckTimingImplicitRule : IDockerfileRule, IComposeRule
{
    private static readonly (string Name, string Default)[] Settings = { ("interval", "30s"), ("timeout", "30s"), ("retries", "3") };

    public RuleDescriptor Descriptor => RuleCatalog.HealthcheckTimingImplicit;

    public void Analyze(DockerfileContext context)
    {
        if (context.Model.FinalStage?.Healthcheck is not { } healthcheck || HealthcheckDisabledRule.IsNone(healthcheck))
        {
            return;
        }

        var missing = Settings.Where(s => !HasFlag(healthcheck, s.Name)).ToList();
        if (missing.Count > 0)
        {
            context.Report(Descriptor, healthcheck.KeywordSpan,
                $"HEALTHCHECK relies on Docker's defaults for {Join(missing.Select(s => "--" + s.Name))} ({string.Join(", ", missing.Select(s => s.Default))}); set them explicitly",
                Join(missing.Select(s => s.Name)));
        }
    }

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            if (service.Healthcheck is not { } healthcheck || HealthcheckDisabledRule.IsDisabled(healthcheck))
            {
                continue;
            }

            var image = context.BuiltStage(service)?.Healthcheck;
            var missing = Settings.Where(s => !IsSet(healthcheck, s.Name) && !(image is not null && !HealthcheckDisabledRule.IsNone(image) && HasFlag(image, s.Name))).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            var key = service.Node.GetEntry("healthcheck")?.KeyOrigin ?? healthcheck.Origin;
            context.Report(Descriptor, key,
                $"The healthcheck of service '{service.Name}' relies on Docker's defaults for {Join(missing.Select(s => s.Name))} ({string.Join(", ", missing.Select(s => s.Default))}); set them explicitly",
                service.Name + ": " + Join(missing.Select(s => s.Name)));
        }
    }

    private static bool HasFlag(Instruction healthcheck, string name) => healthcheck.GetFlag(name) is { Value.Length: > 0 };

    private static bool IsSet(ComposeHealthcheck healthcheck, string name) => name switch
    {
        "interval" => healthcheck.Interval is not null,
        "timeout" => healthcheck.Timeout is not null,
        _ => healthcheck.Retries is not null,
    };

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 1 ? list[0] : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[list.Count - 1];
    }
}
