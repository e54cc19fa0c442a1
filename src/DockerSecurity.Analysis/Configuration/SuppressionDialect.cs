namespace DockerSecurity.Analysis.Configuration;

/// <summary>Whose syntax a suppression comment uses.</summary>
public enum SuppressionDialect
{
    /// <summary><c># dks-ignore</c> and <c># dks-ignore-file</c>, naming our rule IDs.</summary>
    DockerSecurity,

    /// <summary>
    /// <c># hadolint ignore=</c> and <c># hadolint global ignore=</c>, naming hadolint IDs mapped
    /// through <see cref="Rules.RuleDescriptor.HadolintIds"/>. Such a comment is hadolint's too, so it
    /// is never reported as unnecessary and unmapped IDs are not errors.
    /// </summary>
    Hadolint,
}
