using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// Merges compose documents as Compose does (compose-go's override rules): mappings merge,
/// sequences append, <c>command</c>/<c>entrypoint</c>/<c>healthcheck.test</c> are replaced,
/// list-or-dict attributes merge by key, <c>networks</c>/<c>depends_on</c> merge by name,
/// <c>!reset</c> removes, <c>!override</c> replaces. Every value keeps the origin of the file
/// that supplied it; a mapping key keeps the origin of its first declaration. De-duplication of
/// ports, volumes, secrets and capabilities by their unique key happens when the typed model is
/// read (Compose does it after each merge; the result is the same).
/// </summary>
internal sealed class ComposeMerger
{
    private readonly ComposeDiagnostics _diagnostics;
    private readonly List<string> _path = new();

    public ComposeMerger(ComposeDiagnostics diagnostics)
    {
        _diagnostics = diagnostics;
    }

    /// <summary>The result of applying <paramref name="over"/> onto <paramref name="base"/>; null when the value is reset.</summary>
    public ComposeNode? Merge(ComposeNode? @base, ComposeNode over, IReadOnlyList<string>? path = null)
    {
        _path.Clear();
        if (path is not null)
        {
            _path.AddRange(path);
        }

        return MergeAt(@base, over);
    }

    /// <summary>A node with its <c>!reset</c> entries removed and <c>!override</c> tags dropped (a document merged onto nothing).</summary>
    public static ComposeNode? Clean(ComposeNode node)
    {
        if (node.IsReset)
        {
            return null;
        }

        switch (node)
        {
            case ComposeMapping mapping:
            {
                List<ComposeEntry>? changed = null;
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    var entry = mapping.Entries[i];
                    var cleaned = Clean(entry.Value);
                    if (changed is null && ReferenceEquals(cleaned, entry.Value))
                    {
                        continue;
                    }

                    if (changed is null)
                    {
                        changed = new List<ComposeEntry>(mapping.Count);
                        for (var j = 0; j < i; j++)
                        {
                            changed.Add(mapping.Entries[j]);
                        }
                    }

                    if (cleaned is not null)
                    {
                        changed.Add(ReferenceEquals(cleaned, entry.Value) ? entry : entry.WithValue(cleaned));
                    }
                }

                var result = changed is null ? mapping : mapping.WithEntries(changed);
                return result.IsOverride ? result.WithTag(null) : result;
            }

            case ComposeSequence sequence:
            {
                List<ComposeNode>? changed = null;
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    var item = sequence.Items[i];
                    var cleaned = Clean(item);
                    if (changed is null && ReferenceEquals(cleaned, item))
                    {
                        continue;
                    }

                    if (changed is null)
                    {
                        changed = new List<ComposeNode>(sequence.Count);
                        for (var j = 0; j < i; j++)
                        {
                            changed.Add(sequence.Items[j]);
                        }
                    }

                    if (cleaned is not null)
                    {
                        changed.Add(cleaned);
                    }
                }

                var result = changed is null ? sequence : sequence.WithItems(changed);
                return result.IsOverride ? result.WithTag(null) : result;
            }

            default:
                return node.IsOverride ? node.WithTag(null) : node;
        }
    }

    private ComposeNode? MergeAt(ComposeNode? @base, ComposeNode over)
    {
        if (over.IsReset)
        {
            return null;
        }

        if (@base is null || over.IsOverride)
        {
            return Clean(over);
        }

        switch (RuleFor())
        {
            case MergeRule.Replace:
                return Clean(over);
            case MergeRule.KeyValue:
                return MergeKeyValue(@base, over);
            case MergeRule.NamedMap:
                return MergeGeneric(AsNamedMap(@base), AsNamedMap(over));
            case MergeRule.Build:
                return MergeGeneric(AsBuildMapping(@base), AsBuildMapping(over));
            case MergeRule.StringOrList:
                return MergeGeneric(AsList(@base), AsList(over));
            case MergeRule.Logging:
                if (@base is ComposeMapping baseLogging && over is ComposeMapping overLogging)
                {
                    var baseDriver = (baseLogging["driver"] as ComposeScalar)?.Value;
                    var overDriver = (overLogging["driver"] as ComposeScalar)?.Value;
                    if (baseDriver is not null && overDriver is not null && baseDriver != overDriver)
                    {
                        return Clean(over);
                    }
                }

                return MergeGeneric(@base, over);
            case MergeRule.Ulimit:
                return @base is ComposeMapping && over is ComposeMapping ? MergeGeneric(@base, over) : Clean(over);
            default:
                return MergeGeneric(@base, over);
        }
    }

    private ComposeNode? MergeGeneric(ComposeNode @base, ComposeNode over)
    {
        if (over is ComposeScalar { IsNull: true } && @base is not ComposeScalar)
        {
            return @base;
        }

        switch (@base)
        {
            case ComposeMapping baseMapping when over is ComposeMapping overMapping:
                return MergeMappings(baseMapping, overMapping);
            case ComposeSequence baseSequence when over is ComposeSequence overSequence:
                var items = new List<ComposeNode>(baseSequence.Count + overSequence.Count);
                items.AddRange(baseSequence.Items);
                foreach (var item in overSequence.Items)
                {
                    if (Clean(item) is { } cleaned)
                    {
                        items.Add(cleaned);
                    }
                }

                return baseSequence.WithItems(items);
            case ComposeScalar when over is ComposeScalar:
                return Clean(over);
            default:
                if (@base is ComposeScalar { IsNull: true })
                {
                    return Clean(over);
                }

                // Compose refuses this; the override is reported and the base value stays for the rules.
                _diagnostics.InvalidValue(over.Origin, $"'{string.Join(".", _path)}' is {ComposeNode.DescribeKind(over)} here but {ComposeNode.DescribeKind(@base)} in '{System.IO.Path.GetFileName(@base.Origin.FilePath)}' (line {@base.Origin.Span.StartLine}); Compose cannot merge them.");
                return @base;
        }
    }

    private ComposeMapping MergeMappings(ComposeMapping @base, ComposeMapping over)
    {
        var entries = new List<ComposeEntry>(@base.Count + over.Count);
        entries.AddRange(@base.Entries);
        foreach (var entry in over.Entries)
        {
            var index = IndexOf(entries, entry.Key);
            ComposeNode? merged;
            if (index < 0 || entry.Key.StartsWith("x-", StringComparison.Ordinal))
            {
                merged = Clean(entry.Value);
            }
            else
            {
                _path.Add(entry.Key);
                merged = MergeAt(entries[index].Value, entry.Value);
                _path.RemoveAt(_path.Count - 1);
            }

            if (merged is null)
            {
                if (index >= 0)
                {
                    entries.RemoveAt(index);
                }
            }
            else if (index >= 0)
            {
                entries[index] = entries[index].WithValue(merged);
            }
            else
            {
                entries.Add(entry.WithValue(merged));
            }
        }

        return @base.WithEntries(entries);
    }

    /// <summary>List-or-dict attributes: merged by key, the overriding entry (key and value) replacing the earlier one in place.</summary>
    private ComposeNode MergeKeyValue(ComposeNode @base, ComposeNode over)
    {
        var attribute = string.Join(".", _path);
        var baseEntries = KeyValueList.Entries(@base, _diagnostics, attribute);
        var overEntries = KeyValueList.Entries(over, _diagnostics, attribute);
        if (baseEntries is null || overEntries is null)
        {
            return MergeGeneric(@base, over) ?? over;
        }

        foreach (var entry in overEntries)
        {
            var index = IndexOf(baseEntries, entry.Key);
            if (entry.Value.IsReset)
            {
                if (index >= 0)
                {
                    baseEntries.RemoveAt(index);
                }

                continue;
            }

            var cleaned = entry.Value.IsOverride ? entry.WithValue(entry.Value.WithTag(null)) : entry;
            if (index >= 0)
            {
                baseEntries[index] = cleaned;
            }
            else
            {
                baseEntries.Add(cleaned);
            }
        }

        return KeyValueList.ToMapping(@base, baseEntries);
    }

    private static ComposeNode AsNamedMap(ComposeNode node)
    {
        if (node is not ComposeSequence sequence)
        {
            return node;
        }

        var entries = new List<ComposeEntry>(sequence.Count);
        foreach (var item in sequence.Items)
        {
            if (item is ComposeScalar { IsNull: false } name)
            {
                var nullValue = new ComposeScalar("", ComposeScalarStyle.Plain, null, name.Origin, null, name.Context);
                entries.Add(new ComposeEntry(name.Value, name.Origin, nullValue));
            }
        }

        return new ComposeMapping(sequence.Origin, sequence.Tag, sequence.Context, entries);
    }

    private static ComposeNode AsBuildMapping(ComposeNode node) =>
        node is ComposeScalar { IsNull: false } context
            ? new ComposeMapping(context.Origin, context.Tag, context.Context, new[] { new ComposeEntry("context", context.Origin, context) })
            : node;

    private static ComposeNode AsList(ComposeNode node) =>
        node is ComposeScalar { IsNull: false } single
            ? new ComposeSequence(single.Origin, single.Tag, single.Context, new ComposeNode[] { single })
            : node;

    private static int IndexOf(List<ComposeEntry> entries, string key)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    private MergeRule RuleFor()
    {
        var p = _path;
        if (p.Count < 3)
        {
            return MergeRule.Generic;
        }

        if (p[0] == "services")
        {
            if (p.Count == 3)
            {
                switch (p[2])
                {
                    case "command":
                    case "entrypoint":
                        return MergeRule.Replace;
                    case "environment":
                    case "labels":
                    case "annotations":
                    case "sysctls":
                        return MergeRule.KeyValue;
                    case "networks":
                    case "depends_on":
                        return MergeRule.NamedMap;
                    case "build":
                        return MergeRule.Build;
                    case "logging":
                        return MergeRule.Logging;
                    case "dns":
                    case "dns_search":
                    case "env_file":
                    case "tmpfs":
                        return MergeRule.StringOrList;
                }
            }
            else if (p.Count == 4)
            {
                switch (p[2], p[3])
                {
                    case ("healthcheck", "test"):
                        return MergeRule.Replace;
                    case ("build", "args"):
                    case ("build", "labels"):
                    case ("deploy", "labels"):
                        return MergeRule.KeyValue;
                    case ("ulimits", _):
                        return MergeRule.Ulimit;
                }
            }
        }
        else if (p.Count == 3 && p[2] == "labels" && (p[0] == "networks" || p[0] == "volumes" || p[0] == "secrets" || p[0] == "configs"))
        {
            return MergeRule.KeyValue;
        }

        return MergeRule.Generic;
    }

    private enum MergeRule
    {
        Generic,
        Replace,
        KeyValue,
        NamedMap,
        Build,
        StringOrList,
        Logging,
        Ulimit,
    }
}
