namespace DockerSecurity.Analysis.Compose;

/// <summary>A published or exposed port (<c>ports:</c>), short or long syntax.</summary>
public sealed class ComposePort
{
    internal ComposePort(ComposeNode node)
    {
        Node = node;
    }

    /// <summary>The list item it was read from (a scalar for short syntax, a mapping for long syntax).</summary>
    public ComposeNode Node { get; }

    public ComposeOrigin Origin => Node.Origin;

    public bool IsLongSyntax => Node is ComposeMapping;

    /// <summary>The host address it binds to (IPv6 without brackets), or null for all interfaces.</summary>
    public string? HostIp { get; internal set; }

    /// <summary>The host port or range as written (<c>8080</c>, <c>8000-8010</c>), or null when not published on a fixed host port.</summary>
    public string? Published { get; internal set; }

    public int? PublishedStart { get; internal set; }

    public int? PublishedEnd { get; internal set; }

    public int TargetStart { get; internal set; }

    public int TargetEnd { get; internal set; }

    /// <summary><c>tcp</c>, <c>udp</c> or <c>sctp</c>.</summary>
    public string Protocol { get; internal set; } = "tcp";

    /// <summary><c>host</c> or <c>ingress</c> (long syntax only), or null.</summary>
    public string? Mode { get; internal set; }

    /// <summary>The container port or range as text (<c>80</c>, <c>8000-8010</c>).</summary>
    public string Target => TargetStart == TargetEnd ? TargetStart.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{TargetStart}-{TargetEnd}";

    /// <summary>Listens on all host interfaces: no host IP, <c>0.0.0.0</c> or <c>::</c>.</summary>
    public bool BindsAllInterfaces => HostIp is null or "" or "0.0.0.0" or "::";

    /// <summary>Compose's unique key for merging: host IP, published port, target and protocol.</summary>
    internal string UniqueKey => $"{HostIp ?? "0.0.0.0"}:{Published}:{Target}/{Protocol}";

    public override string ToString() => $"{(HostIp is null ? "" : HostIp + ":")}{(Published is null ? "" : Published + ":")}{Target}/{Protocol}";
}
