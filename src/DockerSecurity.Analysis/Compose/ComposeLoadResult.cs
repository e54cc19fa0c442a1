using System.Collections.Generic;
using DockerSecurity.Analysis.Reporting;

namespace DockerSecurity.Analysis.Compose;

/// <summary>The merged project and what the loader found wrong (DKS0002-DKS0004), in file then position order.</summary>
public sealed class ComposeLoadResult
{
    internal ComposeLoadResult(ComposeProject project, IReadOnlyList<Diagnostic> diagnostics)
    {
        Project = project;
        Diagnostics = diagnostics;
    }

    public ComposeProject Project { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
