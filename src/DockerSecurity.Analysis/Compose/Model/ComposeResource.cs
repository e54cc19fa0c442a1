namespace DockerSecurity.Analysis.Compose;

/// <summary>A top-level network, volume, secret or config.</summary>
public sealed class ComposeResource
{
    internal ComposeResource(string name, ComposeOrigin nameOrigin, ComposeNode node)
    {
        Name = name;
        NameOrigin = nameOrigin;
        Node = node;
    }

    public string Name { get; }

    public ComposeOrigin NameOrigin { get; }

    /// <summary>The definition (a mapping, or null for <c>name:</c> with nothing).</summary>
    public ComposeNode Node { get; }

    public ComposeMapping? Mapping => Node as ComposeMapping;

    public ComposeValue<bool>? External { get; internal set; }

    public ComposeScalar? Driver { get; internal set; }

    /// <summary><c>internal: true</c> on a network.</summary>
    public ComposeValue<bool>? Internal { get; internal set; }

    /// <summary><c>file:</c> of a secret or config, as written.</summary>
    public ComposeScalar? File { get; internal set; }

    /// <summary><c>file:</c> made absolute against the declaring file's project folder.</summary>
    public string? FilePath { get; internal set; }

    /// <summary><c>environment:</c> of a secret or config (the variable that supplies it).</summary>
    public ComposeScalar? Environment { get; internal set; }

    public override string ToString() => Name;
}
