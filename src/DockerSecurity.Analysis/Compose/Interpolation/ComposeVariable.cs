using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Compose;

/// <summary>One variable reference in a compose value (<c>$VAR</c>, <c>${VAR:-default}</c>, ...).</summary>
public sealed class ComposeVariable
{
    internal ComposeVariable(
        ComposeScalar owner,
        int start,
        int length,
        string name,
        bool braced,
        ComposeVariableOperator @operator,
        InterpolatedText? argument,
        int argumentStart)
    {
        Owner = owner;
        Start = start;
        Length = length;
        Name = name;
        IsBraced = braced;
        Operator = @operator;
        ArgumentText = argument;
        ArgumentStart = argumentStart;
    }

    internal ComposeScalar Owner { get; }

    /// <summary>Offset of the <c>$</c> in the scalar's raw text.</summary>
    internal int Start { get; }

    internal int Length { get; }

    internal int ArgumentStart { get; }

    internal InterpolatedText? ArgumentText { get; }

    public string Name { get; }

    public bool IsBraced { get; }

    public ComposeVariableOperator Operator { get; }

    /// <summary>The text after the operator as written (<c>${A:-${B}}</c> gives <c>${B}</c>), or null without an operator.</summary>
    public string? Argument => ArgumentText?.Raw;

    /// <summary>The argument with its own variables taken as unset (defaults applied).</summary>
    public string? ArgumentValue => ArgumentText?.EffectiveValue;

    /// <summary>Variables nested in the argument (<c>${A:-${B:-c}}</c> has B).</summary>
    public IReadOnlyList<ComposeVariable> ArgumentVariables => ArgumentText?.Variables ?? Array.Empty<ComposeVariable>();

    /// <summary>The argument contains no variables.</summary>
    public bool IsArgumentLiteral => ArgumentText is null || ArgumentText.Variables.Count == 0;

    /// <summary><c>:-</c> or <c>-</c>: the value has a default when the variable is unset.</summary>
    public bool HasDefault => Operator is ComposeVariableOperator.DefaultWhenUnsetOrEmpty or ComposeVariableOperator.DefaultWhenUnset;

    /// <summary><c>:?</c> or <c>?</c>: Compose refuses to run without the variable.</summary>
    public bool IsRequired => Operator is ComposeVariableOperator.RequiredNonEmpty or ComposeVariableOperator.Required;

    /// <summary>The default (its own variables taken as unset), or null without one.</summary>
    public string? Default => HasDefault ? ArgumentValue : null;

    /// <summary>What this reference becomes when the variable is unset.</summary>
    public string ValueWhenUnset => HasDefault ? ArgumentValue ?? "" : "";

    /// <summary>The whole reference, from <c>$</c> to the closing brace.</summary>
    public SourceSpan Span => Owner.SpanOf(Start, Length);

    /// <summary>The argument's span, or null without an operator.</summary>
    public SourceSpan? ArgumentSpan => ArgumentText is null ? null : Owner.SpanOf(ArgumentStart, ArgumentText.Raw.Length);

    public override string ToString() => Owner.Raw.Substring(Start, Length);
}
