using System.Collections.Generic;

namespace DockerSecurity.Analysis.Compose;

/// <summary>A YAML mapping with string keys, in the order they were written.</summary>
public sealed class ComposeMapping : ComposeNode
{
    private readonly ComposeEntry[] _entries;

    internal ComposeMapping(ComposeOrigin origin, string? tag, ComposeDocumentContext context, IReadOnlyList<ComposeEntry> entries)
        : base(origin, tag, context)
    {
        _entries = new ComposeEntry[entries.Count];
        long weight = 1;
        for (var i = 0; i < entries.Count; i++)
        {
            _entries[i] = entries[i];
            weight += entries[i].Value.Weight + 1;
        }

        Weight = weight;
    }

    public override ComposeNodeKind Kind => ComposeNodeKind.Mapping;

    public IReadOnlyList<ComposeEntry> Entries => _entries;

    public int Count => _entries.Length;

    public ComposeEntry? GetEntry(string key)
    {
        foreach (var entry in _entries)
        {
            if (entry.Key == key)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The value of <paramref name="key"/>, or null when the key is absent.</summary>
    public ComposeNode? this[string key] => GetEntry(key)?.Value;

    public bool ContainsKey(string key) => GetEntry(key) is not null;

    internal override ComposeNode WithTag(string? tag) => new ComposeMapping(Origin, tag, Context, _entries);

    internal ComposeMapping WithEntries(IReadOnlyList<ComposeEntry> entries) => new(Origin, Tag, Context, entries);
}
