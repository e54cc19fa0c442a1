using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// Bounds on what one compose file may make us do. A file past any of them is skipped with DKS0004:
/// alias bombs ("billion laughs") and pathological nesting cost time and stack, never real configuration.
/// </summary>
public sealed class ComposeLimits
{
    public static ComposeLimits Default { get; } = new();

    public int MaxFileBytes { get; init; } = SourceFileReader.DefaultMaxBytes;

    /// <summary>Deepest nesting of mappings and sequences.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Alias uses (<c>*name</c>) in one file.</summary>
    public int MaxAliases { get; init; } = 10_000;

    /// <summary>Nodes in one file once every alias is expanded.</summary>
    public long MaxExpandedNodes { get; init; } = 100_000;

    /// <summary>How many files <c>include</c> and <c>extends</c> may pull in for one load.</summary>
    public int MaxReferencedFiles { get; init; } = 256;
}
