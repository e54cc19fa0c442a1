namespace DockerSecurity.Analysis.Compose;

/// <summary>A host device mapped into the container (<c>devices:</c>).</summary>
public sealed class ComposeDevice
{
    internal ComposeDevice(ComposeNode node, string source, string target, string? permissions)
    {
        Node = node;
        Source = source;
        Target = target;
        Permissions = permissions;
    }

    public ComposeNode Node { get; }

    public ComposeOrigin Origin => Node.Origin;

    public string Source { get; }

    public string Target { get; }

    public string? Permissions { get; }

    public override string ToString() => $"{Source}:{Target}";
}
