using DockerSecurity.Analysis.Reporting;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>A diagnostic with its repository-relative file name and its baseline fingerprint.</summary>
public sealed record BaselineFinding(Diagnostic Diagnostic, string File, string Fingerprint)
{
    /// <summary>Set when a baseline entry accepts this finding (kind <see cref="SuppressionKind.External"/>).</summary>
    public Suppression? Suppression { get; init; }
}
