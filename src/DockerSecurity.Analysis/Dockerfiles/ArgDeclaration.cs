using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>One name declared by an ARG instruction, with its default evaluated as Docker would.</summary>
public sealed class ArgDeclaration
{
    internal ArgDeclaration(Instruction instruction, KeyValueArgument pair, string? defaultValue, IReadOnlyList<VariableReference> variables, bool isGlobal)
    {
        Instruction = instruction;
        Pair = pair;
        DefaultValue = defaultValue;
        Variables = variables;
        IsGlobal = isGlobal;
    }

    public string Name => Pair.Key;

    public Instruction Instruction { get; }

    public KeyValueArgument Pair { get; }

    public SourceSpan Span => Pair.Span;

    /// <summary>Whether the ARG itself gives a default (<c>ARG A=1</c>).</summary>
    public bool HasDefault => Pair.Value is not null;

    /// <summary>
    /// The value a build without <c>--build-arg</c> gets: the expanded default; for a stage's
    /// <c>ARG A</c> that repeats a global ARG, the global value; null when there is none.
    /// Unknown variables in it stay written as <c>${NAME}</c>.
    /// </summary>
    public string? DefaultValue { get; }

    /// <summary>Variables the default refers to.</summary>
    public IReadOnlyList<VariableReference> Variables { get; }

    /// <summary>Declared before the first FROM: usable in FROM lines.</summary>
    public bool IsGlobal { get; }

    public override string ToString() => DefaultValue is null ? Name : Name + "=" + DefaultValue;
}
