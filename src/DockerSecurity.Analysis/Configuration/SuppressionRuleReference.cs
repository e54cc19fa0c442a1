using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>One rule a suppression comment names: our ID, the ID as written (a hadolint ID maps to ours), and where it is written.</summary>
public sealed record SuppressionRuleReference(string RuleId, string WrittenId, SourceSpan Span);
