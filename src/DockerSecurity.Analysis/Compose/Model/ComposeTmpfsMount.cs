using System.Collections.Generic;

namespace DockerSecurity.Analysis.Compose;

/// <summary>An entry of the service's <c>tmpfs:</c> (<c>/run:noexec,nosuid,size=64m</c>).</summary>
public sealed class ComposeTmpfsMount
{
    internal ComposeTmpfsMount(ComposeScalar source, string target, IReadOnlyList<string> options)
    {
        Source = source;
        Target = target;
        Options = options;
    }

    public ComposeScalar Source { get; }

    public ComposeOrigin Origin => Source.Origin;

    public string Target { get; }

    /// <summary>Mount options in order (<c>noexec</c>, <c>nosuid</c>, <c>size=64m</c>).</summary>
    public IReadOnlyList<string> Options { get; }

    public bool HasOption(string option)
    {
        foreach (var o in Options)
        {
            if (o == option)
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Source.Value;
}
