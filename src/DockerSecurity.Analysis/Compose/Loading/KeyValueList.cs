using System.Collections.Generic;

namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// Compose's "list or dict" values (<c>environment</c>, <c>labels</c>, <c>build.args</c>, ...):
/// <c>[K=V, K]</c> and <c>{K: V}</c> both become keyed entries, a list item split at its first
/// <c>=</c> with the exact span of each part.
/// </summary>
internal static class KeyValueList
{
    /// <summary>The entries of a list or mapping; null when the node is neither (the caller reports it).</summary>
    public static List<ComposeEntry>? Entries(ComposeNode node, ComposeDiagnostics? diagnostics, string attribute)
    {
        switch (node)
        {
            case ComposeMapping mapping:
                return new List<ComposeEntry>(mapping.Entries);
            case ComposeSequence sequence:
                var entries = new List<ComposeEntry>(sequence.Count);
                foreach (var item in sequence.Items)
                {
                    if (item is not ComposeScalar { IsNull: false } scalar)
                    {
                        diagnostics?.InvalidValue(item.Origin, $"'{attribute}' list items must be strings like KEY=value, not {ComposeNode.DescribeKind(item)}.");
                        continue;
                    }

                    entries.Add(Split(scalar));
                }

                return entries;
            case ComposeScalar { IsNull: true }:
                return new List<ComposeEntry>();
            default:
                return null;
        }
    }

    /// <summary><c>KEY=value</c> as an entry; a bare <c>KEY</c> has a null value (taken from the environment).</summary>
    public static ComposeEntry Split(ComposeScalar item)
    {
        var raw = item.Raw;
        var equals = raw.IndexOf('=');
        if (equals < 0)
        {
            var nullValue = new ComposeScalar("", ComposeScalarStyle.Plain, null, item.Origin, null, item.Context);
            return new ComposeEntry(item.Value, item.Origin, nullValue);
        }

        var key = item.Slice(0, equals);
        var value = item.Slice(equals + 1, raw.Length - equals - 1);
        return new ComposeEntry(key.Value, key.Origin, value);
    }

    /// <summary>A mapping holding the entries, for merging; the first node's origin stands for it.</summary>
    public static ComposeMapping ToMapping(ComposeNode node, List<ComposeEntry> entries) =>
        new(node.Origin, null, node.Context, entries);
}
