namespace DockerSecurity.Analysis.Compose;

/// <summary>A service's use of a secret (<c>secrets:</c>), short (<c>- db_password</c>) or long syntax.</summary>
public sealed class ComposeSecretReference
{
    internal ComposeSecretReference(ComposeNode node, ComposeScalar sourceName, string target)
    {
        Node = node;
        SourceName = sourceName;
        Target = target;
    }

    public ComposeNode Node { get; }

    public ComposeOrigin Origin => Node.Origin;

    /// <summary>The top-level secret it names.</summary>
    public ComposeScalar SourceName { get; }

    public string Source => SourceName.Value;

    /// <summary>Where it is mounted in the container (<c>/run/secrets/NAME</c> unless set).</summary>
    public string Target { get; }

    public ComposeScalar? Mode { get; internal set; }

    public override string ToString() => Source;
}
