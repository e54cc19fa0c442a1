using System.Collections.Generic;

namespace DockerSecurity.Analysis.Compose;

/// <summary><c>command</c> or <c>entrypoint</c>: a string (run by a shell) or a list (exec form).</summary>
public sealed class ComposeCommand
{
    internal ComposeCommand(ComposeNode node, bool isShellForm, IReadOnlyList<ComposeScalar> parts)
    {
        Node = node;
        IsShellForm = isShellForm;
        Parts = parts;
    }

    public ComposeNode Node { get; }

    public ComposeOrigin Origin => Node.Origin;

    public bool IsShellForm { get; }

    /// <summary>The list items, or the single string.</summary>
    public IReadOnlyList<ComposeScalar> Parts { get; }
}
