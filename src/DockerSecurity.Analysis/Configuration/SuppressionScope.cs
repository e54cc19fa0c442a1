namespace DockerSecurity.Analysis.Configuration;

/// <summary>What an inline suppression comment covers.</summary>
public enum SuppressionScope
{
    /// <summary>The instruction or YAML node that follows (<c># dks-ignore</c>, <c># hadolint ignore=</c>).</summary>
    NextTarget,

    /// <summary>The whole file (<c># dks-ignore-file</c>, <c># hadolint global ignore=</c>).</summary>
    File,
}
