using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Reporting;

/// <summary>
/// One finding: a rule, where it is, and a message that names the offending thing. Messages are
/// built by the rule and never contain a secret value (see <see cref="Redaction"/>).
/// </summary>
public sealed record Diagnostic(RuleDescriptor Descriptor, string FilePath, SourceSpan Span, string Message)
{
    public string Id => Descriptor.Id;

    /// <summary>The effective severity after configuration; the rule's default until then.</summary>
    public DiagnosticSeverity Severity { get; init; } = Descriptor.DefaultSeverity;

    /// <summary>
    /// The offending content (already redacted), normalised by the rule; baseline fingerprints are
    /// built from it so that they survive line shifts. Null means "use the message".
    /// </summary>
    public string? Evidence { get; init; }

    /// <summary>Why the finding is not reported (an inline comment or the baseline); null when it is.</summary>
    public Configuration.Suppression? Suppression { get; init; }

    public bool IsSuppressed => Suppression is not null;

    public override string ToString() => $"{FilePath}{Span.Start}: {Id}: {Message}";
}
