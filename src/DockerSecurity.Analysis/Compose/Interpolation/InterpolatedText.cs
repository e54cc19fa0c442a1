using System;
using System.Collections.Generic;
using System.Text;

namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// A value split by Compose's interpolation grammar (<c>$VAR</c>, <c>${VAR}</c>, the six operators,
/// nesting in arguments, <c>$$</c>), with its effective value when every variable is unset.
/// </summary>
internal sealed class InterpolatedText
{
    private InterpolatedText(string raw, string effective, IReadOnlyList<ComposeVariable> variables, string? error)
    {
        Raw = raw;
        EffectiveValue = effective;
        Variables = variables;
        Error = error;
    }

    public string Raw { get; }

    public string EffectiveValue { get; }

    /// <summary>Top-level references, in order (nested ones hang off their parent).</summary>
    public IReadOnlyList<ComposeVariable> Variables { get; }

    /// <summary>Why the text is not a valid template, or null.</summary>
    public string? Error { get; }

    /// <summary>The only top-level content is one reference: <c>${VAR}</c>, <c>${VAR:-x}</c>.</summary>
    public bool IsSingleReference(int rawLength) =>
        Variables.Count == 1 && Variables[0].Start == 0 && Variables[0].Length == rawLength;

    public static InterpolatedText Parse(ComposeScalar owner, string raw, int offset)
    {
        if (raw.IndexOf('$') < 0)
        {
            return new InterpolatedText(raw, raw, Array.Empty<ComposeVariable>(), null);
        }

        var variables = new List<ComposeVariable>();
        var effective = new StringBuilder(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c != '$')
            {
                effective.Append(c);
                i++;
                continue;
            }

            if (i + 1 >= raw.Length)
            {
                return Invalid(raw, "a '$' ends the value; write '$$' for a literal '$'");
            }

            var next = raw[i + 1];
            if (next == '$')
            {
                effective.Append('$');
                i += 2;
                continue;
            }

            if (IsNameStart(next))
            {
                var end = i + 2;
                while (end < raw.Length && IsNameChar(raw[end]))
                {
                    end++;
                }

                var name = raw.Substring(i + 1, end - i - 1);
                variables.Add(new ComposeVariable(owner, offset + i, end - i, name, false, ComposeVariableOperator.None, null, 0));
                i = end;
                continue;
            }

            if (next != '{')
            {
                return Invalid(raw, $"'${next}' is not a variable reference; write '$$' for a literal '$'");
            }

            var nameStart = i + 2;
            var nameEnd = nameStart;
            if (nameEnd < raw.Length && IsNameStart(raw[nameEnd]))
            {
                nameEnd++;
                while (nameEnd < raw.Length && IsNameChar(raw[nameEnd]))
                {
                    nameEnd++;
                }
            }

            if (nameEnd == nameStart)
            {
                return Invalid(raw, "'${' must be followed by a variable name");
            }

            var variableName = raw.Substring(nameStart, nameEnd - nameStart);
            if (nameEnd >= raw.Length)
            {
                return Invalid(raw, $"'${{{variableName}' is not closed by '}}'");
            }

            if (raw[nameEnd] == '}')
            {
                variables.Add(new ComposeVariable(owner, offset + i, nameEnd + 1 - i, variableName, true, ComposeVariableOperator.None, null, 0));
                i = nameEnd + 1;
                continue;
            }

            var (op, argumentStart) = ReadOperator(raw, nameEnd);
            if (op == ComposeVariableOperator.None)
            {
                return Invalid(raw, $"'{raw[nameEnd]}' cannot follow '${{{variableName}'; use one of :- - :? ? :+ + or '}}'");
            }

            var close = FindClosingBrace(raw, argumentStart);
            if (close < 0)
            {
                return Invalid(raw, $"'${{{variableName}' is not closed by '}}'");
            }

            var argumentRaw = raw.Substring(argumentStart, close - argumentStart);
            var argument = Parse(owner, argumentRaw, offset + argumentStart);
            if (argument.Error is not null)
            {
                return Invalid(raw, argument.Error);
            }

            var variable = new ComposeVariable(owner, offset + i, close + 1 - i, variableName, true, op, argument, offset + argumentStart);
            variables.Add(variable);
            effective.Append(variable.ValueWhenUnset);
            i = close + 1;
        }

        return new InterpolatedText(raw, effective.ToString(), variables, null);
    }

    private static InterpolatedText Invalid(string raw, string error) =>
        new(raw, raw, Array.Empty<ComposeVariable>(), error);

    private static (ComposeVariableOperator Operator, int ArgumentStart) ReadOperator(string raw, int at)
    {
        var colon = raw[at] == ':';
        var symbolAt = colon ? at + 1 : at;
        if (symbolAt >= raw.Length)
        {
            return (ComposeVariableOperator.None, 0);
        }

        var op = raw[symbolAt] switch
        {
            '-' => colon ? ComposeVariableOperator.DefaultWhenUnsetOrEmpty : ComposeVariableOperator.DefaultWhenUnset,
            '?' => colon ? ComposeVariableOperator.RequiredNonEmpty : ComposeVariableOperator.Required,
            '+' => colon ? ComposeVariableOperator.AlternativeWhenNonEmpty : ComposeVariableOperator.AlternativeWhenSet,
            _ => ComposeVariableOperator.None,
        };
        return (op, symbolAt + 1);
    }

    /// <summary>The '}' that closes a reference, counting nested <c>${</c> as Compose does.</summary>
    private static int FindClosingBrace(string raw, int from)
    {
        var depth = 1;
        for (var p = from; p < raw.Length; p++)
        {
            if (raw[p] == '$' && p + 1 < raw.Length && raw[p + 1] == '$')
            {
                p++;
            }
            else if (raw[p] == '$' && p + 1 < raw.Length && raw[p + 1] == '{')
            {
                depth++;
                p++;
            }
            else if (raw[p] == '}' && --depth == 0)
            {
                return p;
            }
        }

        return -1;
    }

    private static bool IsNameStart(char c) => c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsNameChar(char c) => IsNameStart(c) || (c >= '0' && c <= '9');
}
