namespace DockerSecurity.Analysis.Compose;

/// <summary>How a scalar was written.</summary>
public enum ComposeScalarStyle
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
    Folded,
}

/// <summary>What a scalar's value depends on.</summary>
public enum ComposeScalarKind
{
    /// <summary>No variable: the value is known at build time.</summary>
    Literal,

    /// <summary>The whole value is one reference: <c>${VAR}</c>, <c>$VAR</c>, <c>${VAR:-default}</c>.</summary>
    Variable,

    /// <summary>Text mixed with references: <c>postgres://${USER}@db</c>.</summary>
    Interpolated,
}
