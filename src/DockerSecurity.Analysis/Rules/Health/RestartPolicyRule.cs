using System;
using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Health;

/// <summary>DKS5004: without an allowed restart policy, a crashed or rebooted service stays down.</summary>
public sealed class RestartPolicyRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.RestartPolicy;

    public void Analyze(ComposeContext context)
    {
        var allowed = RestartPolicies.Names(context.Settings.AllowedRestartPolicies);
        var list = string.Join(";", allowed);
        foreach (var service in context.Project.Services.Values)
        {
            var policy = RestartPolicies.Of(service);
            if (policy is null)
            {
                var suggestion = allowed.Count > 0 ? $"add 'restart: {allowed[0]}'" : "add a restart policy";
                context.Report(Descriptor, service.NameOrigin, $"Service '{service.Name}' has no restart policy, so it stays down after a crash or a reboot; {suggestion}");
                continue;
            }

            if (!KnownValues.IsKnown(policy.Source) || RestartPolicies.IsAllowed(policy.Name, allowed))
            {
                continue;
            }

            var written = policy.FromDeploy
                ? $"deploy.restart_policy.condition '{policy.Source.Value.Trim()}' (restart policy '{policy.Name}')"
                : $"the restart policy '{policy.Source.Value.Trim()}'";
            var why = string.Equals(policy.Name, "no", StringComparison.OrdinalIgnoreCase)
                ? "so it stays down after a crash or a reboot"
                : "which DockerSecurityAllowedRestartPolicies does not allow";
            var fix = allowed.Count > 0 ? $"use one of {list}" : "DockerSecurityAllowedRestartPolicies allows none";
            context.Report(Descriptor, policy.Source.Origin, $"Service '{service.Name}' has {written}, {why}; {fix}");
        }
    }
}
