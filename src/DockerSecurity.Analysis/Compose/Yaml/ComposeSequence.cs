using System.Collections.Generic;

namespace DockerSecurity.Analysis.Compose;

/// <summary>A YAML sequence.</summary>
public sealed class ComposeSequence : ComposeNode
{
    private readonly ComposeNode[] _items;

    internal ComposeSequence(ComposeOrigin origin, string? tag, ComposeDocumentContext context, IReadOnlyList<ComposeNode> items)
        : base(origin, tag, context)
    {
        _items = new ComposeNode[items.Count];
        long weight = 1;
        for (var i = 0; i < items.Count; i++)
        {
            _items[i] = items[i];
            weight += items[i].Weight;
        }

        Weight = weight;
    }

    public override ComposeNodeKind Kind => ComposeNodeKind.Sequence;

    public IReadOnlyList<ComposeNode> Items => _items;

    public int Count => _items.Length;

    internal override ComposeNode WithTag(string? tag) => new ComposeSequence(Origin, tag, Context, _items);

    internal ComposeSequence WithItems(IReadOnlyList<ComposeNode> items) => new(Origin, Tag, Context, items);
}
