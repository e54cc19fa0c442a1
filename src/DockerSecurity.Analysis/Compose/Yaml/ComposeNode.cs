namespace DockerSecurity.Analysis.Compose;

/// <summary>What a YAML node is, after aliases have been resolved.</summary>
public enum ComposeNodeKind
{
    Scalar,
    Mapping,
    Sequence,
}

/// <summary>
/// A node of a compose file as Compose reads it: aliases resolved, merge keys applied, values
/// interpolated (without knowing the environment). Every node knows the file and span that
/// supplied it, also after files were merged.
/// </summary>
public abstract class ComposeNode
{
    private protected ComposeNode(ComposeOrigin origin, string? tag, ComposeDocumentContext context)
    {
        Origin = origin;
        Tag = tag;
        Context = context;
    }

    public ComposeOrigin Origin { get; }

    /// <summary>The explicit YAML tag (<c>!reset</c>, <c>!override</c>, <c>tag:yaml.org,2002:str</c>), or null.</summary>
    public string? Tag { get; }

    public abstract ComposeNodeKind Kind { get; }

    /// <summary><c>!reset</c>: an override file removes this attribute.</summary>
    public bool IsReset => Tag == "!reset";

    /// <summary><c>!override</c>: an override file replaces this attribute instead of merging it.</summary>
    public bool IsOverride => Tag == "!override";

    /// <summary>The file this node was read from and the folder its relative paths resolve against.</summary>
    internal ComposeDocumentContext Context { get; }

    /// <summary>Nodes this one stands for once aliases are expanded (itself included); bounded by the alias limits.</summary>
    internal long Weight { get; private protected set; } = 1;

    /// <summary>A copy of this node without its merge tag (used once the tag has done its work).</summary>
    internal abstract ComposeNode WithTag(string? tag);

    internal static string DescribeKind(ComposeNode? node) => node switch
    {
        null => "nothing",
        ComposeScalar { IsNull: true } => "null",
        ComposeScalar => "a scalar",
        ComposeMapping => "a mapping",
        _ => "a list",
    };
}
