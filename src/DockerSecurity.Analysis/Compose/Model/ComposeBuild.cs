using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// A service's <c>build:</c>, with the Dockerfile's absolute path resolved as Compose does:
/// the context relative to the declaring file's project folder, <c>dockerfile</c> relative to the context.
/// </summary>
public sealed class ComposeBuild
{
    internal ComposeBuild(ComposeNode node)
    {
        Node = node;
    }

    /// <summary>The <c>build</c> value (a scalar for <c>build: ./dir</c>, else a mapping).</summary>
    public ComposeNode Node { get; }

    public ComposeOrigin Origin => Node.Origin;

    public ComposeScalar? Context { get; internal set; }

    public ComposeScalar? Dockerfile { get; internal set; }

    public ComposeScalar? DockerfileInline { get; internal set; }

    public ComposeScalar? Target { get; internal set; }

    public IReadOnlyList<ComposeKeyValue> Args { get; internal set; } = Array.Empty<ComposeKeyValue>();

    public IReadOnlyList<ComposeKeyValue> Labels { get; internal set; } = Array.Empty<ComposeKeyValue>();

    /// <summary>The context is a URL (git repository, tarball), not a local folder.</summary>
    public bool IsRemoteContext { get; internal set; }

    /// <summary>The build context's absolute path; null for a remote context.</summary>
    public string? ContextPath { get; internal set; }

    /// <summary>The Dockerfile's absolute path; null for a remote context or <c>dockerfile_inline</c>.</summary>
    public string? DockerfilePath { get; internal set; }
}
