using System.IO;
using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Health;

/// <summary>
/// DKS5003: a service without a health check looks healthy to Compose while it hangs or starts up.
/// A <c>healthcheck:</c> (merged from every file) or a built stage's HEALTHCHECK satisfies it; a
/// disabled one is DKS5002's. Images that are pulled are not looked into, so they need a <c>healthcheck:</c>.
/// </summary>
public sealed class ServiceHealthcheckMissingRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.ServiceHealthcheckMissing;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            if (service.Healthcheck is { IsDisabled: true })
            {
                continue;
            }

            if (service.Build is not null)
            {
                AnalyzeBuilt(context, service);
            }
            else if (service.Healthcheck is null)
            {
                context.Report(Descriptor, service.NameOrigin, $"Service '{service.Name}' has no healthcheck and {DescribeImage(service)} is not known to define one, so a hung or starting container looks healthy; add a healthcheck that probes the service");
            }
        }
    }

    private void AnalyzeBuilt(ComposeContext context, ComposeService service)
    {
        // A remote context, an inline Dockerfile or one that cannot be read: what the image defines is unknown.
        if (context.BuiltStage(service) is not { } stage)
        {
            return;
        }

        var dockerfile = ComposePaths.Display(service.Build!.DockerfilePath ?? "", Path.GetDirectoryName(context.Files.BaseFile));
        var instruction = stage.Healthcheck;
        var disabled = instruction is not null && HealthcheckDisabledRule.IsNone(instruction);
        if (instruction is not null && !disabled)
        {
            return;
        }

        var what = disabled
            ? $"'{dockerfile}' disables the image's (HEALTHCHECK NONE)"
            : $"the stage it builds from '{dockerfile}' defines none";
        if (service.Healthcheck is null)
        {
            context.Report(Descriptor, service.NameOrigin, $"Service '{service.Name}' has no healthcheck and {what}, so a hung or starting container looks healthy; add a healthcheck here or a HEALTHCHECK to the Dockerfile");
        }
        else if (service.Healthcheck.TestNode is null or ComposeScalar { IsNull: true })
        {
            // Timing without a test tunes the image's check; there is none to tune.
            var key = service.Node.GetEntry("healthcheck")?.KeyOrigin ?? service.Healthcheck.Origin;
            context.Report(Descriptor, key, $"The healthcheck of service '{service.Name}' has no test and {what}, so nothing is checked; add a test");
        }
    }

    private static string DescribeImage(ComposeService service) =>
        service.Image is { IsNull: false } image ? $"its image '{image.Raw}'" : "its image";
}
