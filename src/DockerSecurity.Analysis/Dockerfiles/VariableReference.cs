using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>How a <c>$VAR</c> reference was resolved while evaluating a Dockerfile statically.</summary>
public enum VariableResolution
{
    /// <summary>The variable has a value known from the Dockerfile (an ARG default or an ENV).</summary>
    Resolved,

    /// <summary>Unknown, but the reference supplies one: <c>${VAR:-default}</c> (the default was used).</summary>
    DefaultUsed,

    /// <summary>Declared by <c>ARG VAR</c> without a default: only a <c>--build-arg</c> gives it a value.</summary>
    NoDefault,

    /// <summary>Never declared (Docker substitutes an empty string).</summary>
    Undeclared,

    /// <summary>An automatic platform ARG the builder provides (<c>TARGETARCH</c>, <c>BUILDPLATFORM</c>...).</summary>
    BuiltIn,
}

/// <summary>A variable that a FROM line, ARG default or ENV value depends on.</summary>
public sealed class VariableReference
{
    internal VariableReference(string name, VariableResolution resolution, SourceSpan span)
    {
        Name = name;
        Resolution = resolution;
        Span = span;
    }

    public string Name { get; }

    public VariableResolution Resolution { get; }

    /// <summary>The reference in the source when it can be pinned down (<c>${VERSION}</c>), else the argument holding it.</summary>
    public SourceSpan Span { get; }

    /// <summary>The value depends on something the Dockerfile does not define (no default, undeclared).</summary>
    public bool IsUnresolved => Resolution is VariableResolution.NoDefault or VariableResolution.Undeclared;

    public override string ToString() => Name + " (" + Resolution + ")";
}
