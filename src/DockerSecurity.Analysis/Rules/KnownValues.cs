using System.Collections.Generic;
using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules;

/// <summary>
/// Which compose values a rule may judge: the environment is unknown at build time. A value is
/// known when it is a literal, or a template whose every variable (nested ones included) has a
/// default: the defaults are what an unset environment gets. A variable without a default could
/// hold anything, so rules stay quiet about it.
/// </summary>
internal static class KnownValues
{
    /// <summary>The effective value, or null when a variable without a default decides it.</summary>
    public static string? Of(ComposeScalar scalar) => IsKnown(scalar) ? scalar.Value : null;

    /// <summary>
    /// <see cref="ComposeScalar.Value"/> is what an unset environment runs. A broken template
    /// (<c>${</c>) is reported as DKS0003 and counts as unknown here.
    /// </summary>
    public static bool IsKnown(ComposeScalar scalar) => scalar.InterpolationError is null && AllHaveDefaults(scalar.Variables);

    /// <summary>The path of mappings below <paramref name="node"/> leads to a value that is not null (written, whatever its shape).</summary>
    public static bool IsSet(ComposeMapping? node, params string[] path)
    {
        ComposeNode? current = node;
        foreach (var key in path)
        {
            if (current is not ComposeMapping mapping)
            {
                return false;
            }

            current = mapping[key];
        }

        return current is not null and not ComposeScalar { IsNull: true };
    }

    private static bool AllHaveDefaults(IReadOnlyList<ComposeVariable> variables)
    {
        foreach (var variable in variables)
        {
            if (!variable.HasDefault || !AllHaveDefaults(variable.ArgumentVariables))
            {
                return false;
            }
        }

        return true;
    }
}
