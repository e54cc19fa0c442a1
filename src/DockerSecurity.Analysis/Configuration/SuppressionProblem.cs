using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>A mistake in a suppression comment (unknown rule ID, no ID at all), reported as DKS0005 at <paramref name="Span"/>.</summary>
public sealed record SuppressionProblem(string Message, SourceSpan Span);
