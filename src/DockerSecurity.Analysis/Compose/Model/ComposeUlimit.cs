namespace DockerSecurity.Analysis.Compose;

/// <summary>One entry of <c>ulimits:</c>: <c>nproc: 65535</c> or <c>nofile: {soft: 20000, hard: 40000}</c>.</summary>
public sealed class ComposeUlimit
{
    internal ComposeUlimit(string name, ComposeOrigin nameOrigin, ComposeNode node)
    {
        Name = name;
        NameOrigin = nameOrigin;
        Node = node;
    }

    public string Name { get; }

    public ComposeOrigin NameOrigin { get; }

    public ComposeNode Node { get; }

    public ComposeOrigin Origin => Node.Origin;

    /// <summary>The soft limit (the single value when one number is given).</summary>
    public long? Soft { get; internal set; }

    /// <summary>The hard limit (the single value when one number is given).</summary>
    public long? Hard { get; internal set; }
}
