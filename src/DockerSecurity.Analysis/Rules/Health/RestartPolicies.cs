using System;
using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Health;

/// <summary>The restart policy Docker applies to a service's containers, and where it is written.</summary>
internal sealed class RestartPolicySetting
{
    public RestartPolicySetting(string name, ComposeScalar source, bool fromDeploy)
    {
        Name = name;
        Source = source;
        FromDeploy = fromDeploy;
    }

    /// <summary>Docker's policy name: <c>no</c>, <c>always</c>, <c>on-failure</c>, <c>unless-stopped</c> (or whatever else was written).</summary>
    public string Name { get; }

    public ComposeScalar Source { get; }

    /// <summary>Read from <c>deploy.restart_policy.condition</c> rather than <c>restart</c>.</summary>
    public bool FromDeploy { get; }
}

/// <summary>
/// Docker Compose's reading of <c>restart</c> and <c>deploy.restart_policy</c>: a
/// <c>deploy.restart_policy.condition</c> replaces <c>restart</c> (as <c>docker compose up</c>
/// does); its <c>any</c> is <c>always</c> and <c>none</c> is <c>no</c>; a retry count
/// (<c>on-failure:5</c>) does not change the policy.
/// </summary>
internal static class RestartPolicies
{
    /// <summary>The policy, or null when none is written.</summary>
    public static RestartPolicySetting? Of(ComposeService service)
    {
        if (service.Deploy?.RestartPolicyCondition is { } condition)
        {
            return new RestartPolicySetting(FromCondition(condition.Value.Trim()), condition, fromDeploy: true);
        }

        if (service.Restart is { } restart)
        {
            var value = restart.Value.Trim();
            var colon = value.IndexOf(':');
            var name = colon < 0 ? value : value.Substring(0, colon);
            return new RestartPolicySetting(name.Length == 0 ? "no" : name, restart, fromDeploy: false);
        }

        return null;
    }

    /// <summary>Whether <paramref name="policy"/> is in the allowed list (entries may carry a retry count too).</summary>
    public static bool IsAllowed(string policy, IReadOnlyList<string> allowed) =>
        allowed.Any(entry => string.Equals(NameOf(entry), policy, StringComparison.OrdinalIgnoreCase));

    /// <summary>The allowed names, trimmed and without retry counts, for messages.</summary>
    public static IReadOnlyList<string> Names(IReadOnlyList<string> allowed) =>
        allowed.Select(NameOf).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string FromCondition(string condition) => condition.ToLowerInvariant() switch
    {
        "any" => "always",
        "none" or "" => "no",
        _ => condition,
    };

    private static string NameOf(string entry)
    {
        var trimmed = entry.Trim();
        var colon = trimmed.IndexOf(':');
        return colon < 0 ? trimmed : trimmed.Substring(0, colon).Trim();
    }
}
