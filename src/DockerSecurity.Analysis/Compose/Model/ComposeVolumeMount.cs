using System.Collections.Generic;

namespace DockerSecurity.Analysis.Compose;

/// <summary>A service mount (<c>volumes:</c>): bind, named or anonymous volume, tmpfs, ...; short or long syntax.</summary>
public sealed class ComposeVolumeMount
{
    internal ComposeVolumeMount(ComposeNode node)
    {
        Node = node;
    }

    public ComposeNode Node { get; }

    public ComposeOrigin Origin => Node.Origin;

    public bool IsLongSyntax => Node is ComposeMapping;

    /// <summary><c>bind</c>, <c>volume</c>, <c>tmpfs</c>, <c>npipe</c>, <c>image</c> or <c>cluster</c>.</summary>
    public string Type { get; internal set; } = "volume";

    public bool IsBind => Type == "bind";

    /// <summary>Host path (bind), volume name, or null (anonymous volume, tmpfs).</summary>
    public string? Source { get; internal set; }

    /// <summary>The bind's host path made absolute against the declaring file's project folder (<c>~</c> left as written); null otherwise.</summary>
    public string? HostPath { get; internal set; }

    public string Target { get; internal set; } = "";

    public bool ReadOnly { get; internal set; }

    /// <summary>Bind propagation (<c>rshared</c>, <c>shared</c>, <c>slave</c>, ...), or null.</summary>
    public string? Propagation { get; internal set; }

    /// <summary>SELinux relabel option (<c>z</c> or <c>Z</c>), or null.</summary>
    public string? SELinux { get; internal set; }

    public bool NoCopy { get; internal set; }

    /// <summary>The short syntax's options as written (<c>ro</c>, <c>rshared</c>, <c>z</c>, ...); empty for long syntax.</summary>
    public IReadOnlyList<string> Options { get; internal set; } = System.Array.Empty<string>();

    /// <summary>A tmpfs mount's size (long syntax), as written.</summary>
    public string? TmpfsSize { get; internal set; }

    public override string ToString() => Source is null ? Target : $"{Source}:{Target}";
}
