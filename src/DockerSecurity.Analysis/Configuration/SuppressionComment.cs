using System.Collections.Generic;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>A parsed suppression comment: which rules, what it covers, and why.</summary>
public sealed class SuppressionComment
{
    public SuppressionComment(
        SourceSpan span,
        SuppressionScope scope,
        SuppressionDialect dialect,
        IReadOnlyList<SuppressionRuleReference> rules,
        string? justification,
        IReadOnlyList<SuppressionProblem> problems)
    {
        Span = span;
        Scope = scope;
        Dialect = dialect;
        Rules = rules;
        Justification = justification;
        Problems = problems;
    }

    /// <summary>The comment's span, as the caller gave it.</summary>
    public SourceSpan Span { get; }

    public SuppressionScope Scope { get; }

    public SuppressionDialect Dialect { get; }

    /// <summary>The rules suppressed, each once, in the order written.</summary>
    public IReadOnlyList<SuppressionRuleReference> Rules { get; }

    /// <summary>The text after <c>--</c>, trimmed; null when there is none.</summary>
    public string? Justification { get; }

    public IReadOnlyList<SuppressionProblem> Problems { get; }
}
