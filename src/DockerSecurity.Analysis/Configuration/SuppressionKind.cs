namespace DockerSecurity.Analysis.Configuration;

/// <summary>Where a suppression lives, with SARIF's names for it.</summary>
public enum SuppressionKind
{
    /// <summary>A comment in the analysed file (<c># dks-ignore</c>, <c># hadolint ignore=</c>).</summary>
    InSource,

    /// <summary>Outside the analysed file: the baseline.</summary>
    External,
}
