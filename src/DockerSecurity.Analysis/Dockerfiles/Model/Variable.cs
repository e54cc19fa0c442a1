using System.Collections.Generic;

namespace DockerSecurity.Analysis.Dockerfiles.Model;

/// <summary>What the Dockerfile says about one variable: its value, or why it is unknown.</summary>
internal sealed class Variable
{
    public Variable(string? value, IReadOnlyList<VariableReference> dependencies, VariableResolution unknownAs)
    {
        Value = value;
        Dependencies = dependencies;
        UnknownAs = unknownAs;
    }

    /// <summary>Null when unknown.</summary>
    public string? Value { get; }

    /// <summary>Unknown variables the value was built from (they stay written in it as <c>${NAME}</c>).</summary>
    public IReadOnlyList<VariableReference> Dependencies { get; }

    /// <summary>Why <see cref="Value"/> is null.</summary>
    public VariableResolution UnknownAs { get; }
}
