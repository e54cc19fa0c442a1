using System.Collections.Generic;
using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>
/// A compose value the build can judge without the environment: a literal, or a template whose
/// every variable has a default (the defaults are what an unset environment gets). A variable
/// without a default could hold anything, so rules stay quiet about it.
/// </summary>
internal static class KnownValue
{
    /// <summary>The effective value, or null when a variable without a default decides it.</summary>
    public static string? Of(ComposeScalar scalar) => IsKnown(scalar) ? scalar.Value : null;

    /// <summary>A broken template (<c>${</c>) is reported as DKS0003 and counts as unknown here.</summary>
    public static bool IsKnown(ComposeScalar scalar) => scalar.InterpolationError is null && AllHaveDefaults(scalar.Variables);

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
