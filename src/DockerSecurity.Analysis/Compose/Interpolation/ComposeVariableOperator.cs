namespace DockerSecurity.Analysis.Compose;

/// <summary>The operator inside <c>${VAR...}</c>, as Compose's interpolation grammar defines them.</summary>
public enum ComposeVariableOperator
{
    /// <summary><c>$VAR</c> or <c>${VAR}</c>.</summary>
    None,

    /// <summary><c>${VAR:-default}</c>: the default when VAR is unset or empty.</summary>
    DefaultWhenUnsetOrEmpty,

    /// <summary><c>${VAR-default}</c>: the default when VAR is unset.</summary>
    DefaultWhenUnset,

    /// <summary><c>${VAR:?error}</c>: an error when VAR is unset or empty.</summary>
    RequiredNonEmpty,

    /// <summary><c>${VAR?error}</c>: an error when VAR is unset.</summary>
    Required,

    /// <summary><c>${VAR:+alternative}</c>: the alternative when VAR is set and not empty, else empty.</summary>
    AlternativeWhenNonEmpty,

    /// <summary><c>${VAR+alternative}</c>: the alternative when VAR is set, else empty.</summary>
    AlternativeWhenSet,
}
