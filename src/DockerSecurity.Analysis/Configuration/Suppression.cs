using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// Why a finding is not reported as new: an accepted suppression, written to SARIF's
/// <c>result.suppressions</c>. <paramref name="FilePath"/> and <paramref name="Span"/> locate the
/// comment or baseline entry that suppresses it, when known.
/// </summary>
public sealed record Suppression(SuppressionKind Kind, string? Justification, string? FilePath = null, SourceSpan? Span = null);
