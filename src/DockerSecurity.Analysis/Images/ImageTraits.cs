using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Images;

/// <summary>What we know about a base image without pulling it.</summary>
public sealed class ImageTraits
{
    public static readonly ImageTraits Unknown = new();

    /// <summary>A minimal variant: slim, alpine, distroless, chiseled, -minimal, scratch, ...</summary>
    public bool IsMinimal { get; init; }

    /// <summary>The image's default user is not root (chiseled .NET, distroless :nonroot, ...).</summary>
    public bool RunsAsNonRoot { get; init; }

    /// <summary>A build toolchain (SDK, compiler) image that belongs in a build stage, not the final one.</summary>
    public bool IsToolchain { get; init; }

    /// <summary>A Windows image: its stages are not analysed as POSIX shell.</summary>
    public bool IsWindows { get; init; }

    /// <summary>Non-root users the image is known to define (beyond the usual system users).</summary>
    public IReadOnlyCollection<string> Users { get; init; } = Array.Empty<string>();

    /// <summary>Why the traits were chosen, for docs and messages: the rule in the knowledge table that matched.</summary>
    public string? Source { get; init; }
}
