using System;
using System.Linq;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Dockerfiles;

namespace DockerSecurity.Analysis.Rules.Health;

/// <summary>
/// DKS5002: a switched-off health check leaves Docker unable to tell a hung container from a
/// healthy one, and <c>HEALTHCHECK NONE</c> also cancels the base image's.
/// </summary>
public sealed class HealthcheckDisabledRule : IDockerfileRule, IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.HealthcheckDisabled;

    /// <summary>The health check the final image ends up with (its own, or inherited from a stage it is built FROM).</summary>
    public void Analyze(DockerfileContext context)
    {
        if (context.Model.FinalStage?.Healthcheck is { } healthcheck && IsNone(healthcheck))
        {
            context.Report(Descriptor, healthcheck.Arguments[0].Span,
                "'HEALTHCHECK NONE' disables the container's health check, the base image's included, so Docker cannot tell a hung container from a healthy one; define a HEALTHCHECK that probes the service");
        }
    }

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            if (service.Healthcheck is not { } healthcheck)
            {
                continue;
            }

            if (healthcheck.Disable is { Value: true } disable)
            {
                context.Report(Descriptor, disable.Origin,
                    $"Service '{service.Name}' disables its health check ('disable: true'), so Docker cannot tell a hung container from a healthy one; define a healthcheck that probes the service");
            }
            else if (healthcheck.TestNode is { } test && healthcheck.Test.Count > 0 && healthcheck.Test[0].Value == "NONE")
            {
                context.Report(Descriptor, test.Origin, healthcheck.IsShellForm
                    ? $"Service '{service.Name}' sets 'test: NONE', which Compose runs as the shell command 'NONE': it always fails, and test: [\"NONE\"] would disable the check; define a healthcheck that probes the service"
                    : $"Service '{service.Name}' disables its health check ('test: [\"NONE\"]'), so Docker cannot tell a hung container from a healthy one; define a healthcheck that probes the service");
            }
        }
    }

    internal static bool IsNone(Instruction healthcheck) =>
        healthcheck.Arguments.Count > 0 && string.Equals(healthcheck.Arguments[0].Value, "NONE", StringComparison.OrdinalIgnoreCase);

    /// <summary>What DKS5002 reports for a compose health check, which DKS5005 then leaves alone.</summary>
    internal static bool IsDisabled(ComposeHealthcheck healthcheck) =>
        healthcheck.Disable is { Value: true } || (healthcheck.Test.Count > 0 && healthcheck.Test[0].Value == "NONE");
}
