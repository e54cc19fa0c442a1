using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// One <c>key = value</c> line: the key lower-cased (keys are case-insensitive), the value trimmed
/// and cut at a <c>#</c> or <c>;</c> comment, with where each was written.
/// </summary>
public sealed record AnalyzerConfigProperty(string Key, string Value, SourceSpan KeySpan, SourceSpan ValueSpan);
