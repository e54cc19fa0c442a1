using System.Collections.Generic;
using System.Text;
using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Secrets;

/// <summary>The part of a compose value that is written literally, outside any variable reference.</summary>
internal static class ComposeLiterals
{
    /// <summary>
    /// The characters of <c>owner.Raw[start .. start + length)</c> that no reference in
    /// <paramref name="variables"/> covers (<c>$$</c> read as <c>$</c>).
    /// </summary>
    public static string Outside(ComposeScalar owner, int start, int length, IReadOnlyList<ComposeVariable> variables)
    {
        var text = new StringBuilder(length);
        var i = start;
        var end = start + length;
        foreach (var variable in variables)
        {
            if (variable.Start < i || variable.Start >= end)
            {
                continue;
            }

            Append(text, owner.Raw, i, variable.Start);
            i = variable.Start + variable.Length;
        }

        Append(text, owner.Raw, i, end);
        return text.ToString();
    }

    /// <summary>The whole value outside its references.</summary>
    public static string Outside(ComposeScalar scalar) => Outside(scalar, 0, scalar.Raw.Length, scalar.Variables);

    private static void Append(StringBuilder text, string raw, int from, int to)
    {
        for (var i = from; i < to && i < raw.Length; i++)
        {
            text.Append(raw[i]);
            if (raw[i] == '$' && i + 1 < to && raw[i + 1] == '$')
            {
                i++;
            }
        }
    }
}
