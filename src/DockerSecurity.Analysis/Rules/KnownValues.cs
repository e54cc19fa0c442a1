using System.Linq;
using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules;

/// <summary>Which compose values a rule may judge: the environment is unknown at build time.</summary>
internal static class KnownValues
{
    /// <summary>
    /// The value is a literal, or every variable in it has a default, so <see cref="ComposeScalar.Value"/>
    /// is what an unset environment runs; a variable without a default is the environment's decision.
    /// </summary>
    public static bool IsKnown(ComposeScalar scalar) => scalar.IsLiteral || scalar.Variables.All(v => v.HasDefault);

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
}
