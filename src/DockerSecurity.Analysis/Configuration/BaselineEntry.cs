using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// One accepted finding in the baseline file. <paramref name="Message"/> is the (redacted) message,
/// for humans only; matching uses <paramref name="RuleId"/>, <paramref name="File"/> and
/// <paramref name="Fingerprint"/>.
/// </summary>
public sealed record BaselineEntry(string RuleId, string File, string Fingerprint, string Message)
{
    /// <summary>Where the entry is written in the baseline file, when it was read from one.</summary>
    public SourceSpan? Span { get; init; }
}
