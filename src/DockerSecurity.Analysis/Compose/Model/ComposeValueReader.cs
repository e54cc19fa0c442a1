using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// Reads typed values out of mappings and reports a wrong shape once (DKS0003). A value whose
/// text depends on a variable is only judged when its effective value (variables unset) parses:
/// what the environment supplies cannot be known at build time.
/// </summary>
internal sealed class ComposeValueReader
{
    public ComposeValueReader(ComposeDiagnostics diagnostics)
    {
        Diagnostics = diagnostics;
    }

    public ComposeDiagnostics Diagnostics { get; }

    public ComposeScalar? String(ComposeMapping mapping, string key, string owner)
    {
        switch (mapping[key])
        {
            case null:
            case ComposeScalar { IsNull: true }:
                return null;
            case ComposeScalar scalar:
                return scalar;
            case var other:
                Diagnostics.InvalidValue(other.Origin, $"'{key}' of {owner} must be a string, not {ComposeNode.DescribeKind(other)}.");
                return null;
        }
    }

    public ComposeValue<bool>? Boolean(ComposeMapping mapping, string key, string owner) =>
        Typed(mapping, key, owner, s => s.AsBoolean(), "true or false");

    public ComposeValue<long>? Integer(ComposeMapping mapping, string key, string owner) =>
        Typed(mapping, key, owner, s => s.AsInteger(), "a whole number");

    public ComposeValue<double>? Number(ComposeMapping mapping, string key, string owner) =>
        Typed(mapping, key, owner, s => s.AsNumber(), "a number");

    public ComposeValue<long>? Bytes(ComposeMapping mapping, string key, string owner) =>
        Typed<long>(mapping, key, owner, s => ByteSize.TryParse(s.Value, out var b) ? b : null, "a size like 512m or 1g");

    public ComposeValue<TimeSpan>? Duration(ComposeMapping mapping, string key, string owner) =>
        Typed<TimeSpan>(mapping, key, owner, s => GoDuration.TryParse(s.Value, out var d) ? d : null, "a duration like 30s or 1m30s");

    /// <summary>A list of strings, de-duplicated by value (the later entry replaces the earlier one in place).</summary>
    public IReadOnlyList<ComposeScalar> StringList(ComposeMapping mapping, string key, string owner, bool allowSingleString = false)
    {
        var node = mapping[key];
        if (node is null or ComposeScalar { IsNull: true })
        {
            return Array.Empty<ComposeScalar>();
        }

        if (node is ComposeScalar single && allowSingleString)
        {
            return new[] { single };
        }

        if (node is not ComposeSequence sequence)
        {
            Diagnostics.InvalidValue(node.Origin, $"'{key}' of {owner} must be a list, not {ComposeNode.DescribeKind(node)}.");
            return Array.Empty<ComposeScalar>();
        }

        var result = new List<ComposeScalar>(sequence.Count);
        foreach (var item in sequence.Items)
        {
            if (item is not ComposeScalar { IsNull: false } scalar)
            {
                Diagnostics.InvalidValue(item.Origin, $"'{key}' of {owner} must list strings, not {ComposeNode.DescribeKind(item)}.");
                continue;
            }

            Unique(result, scalar, s => s.Value);
        }

        return result;
    }

    /// <summary>Entries of a list-or-dict attribute, de-duplicated by name.</summary>
    public IReadOnlyList<ComposeKeyValue> KeyValues(ComposeMapping mapping, string key, string owner)
    {
        var node = mapping[key];
        if (node is null)
        {
            return Array.Empty<ComposeKeyValue>();
        }

        var entries = KeyValueList.Entries(node, Diagnostics, key);
        if (entries is null)
        {
            Diagnostics.InvalidValue(node.Origin, $"'{key}' of {owner} must be a list of KEY=value or a mapping, not {ComposeNode.DescribeKind(node)}.");
            return Array.Empty<ComposeKeyValue>();
        }

        var result = new List<ComposeKeyValue>(entries.Count);
        foreach (var entry in entries)
        {
            ComposeScalar? value = null;
            switch (entry.Value)
            {
                case ComposeScalar { IsNull: true }:
                    break;
                case ComposeScalar scalar:
                    value = scalar;
                    break;
                default:
                    Diagnostics.InvalidValue(entry.Value.Origin, $"'{key}.{entry.Key}' of {owner} must be a string, not {ComposeNode.DescribeKind(entry.Value)}.");
                    continue;
            }

            Unique(result, new ComposeKeyValue(entry.Key, entry.KeyOrigin, value), kv => kv.Name);
        }

        return result;
    }

    /// <summary>Compose's unicity: an entry with the key of an earlier one replaces it in place.</summary>
    public static void Unique<T>(List<T> list, T item, Func<T, string> key)
    {
        var k = key(item);
        for (var i = 0; i < list.Count; i++)
        {
            if (key(list[i]) == k)
            {
                list[i] = item;
                return;
            }
        }

        list.Add(item);
    }

    private ComposeValue<T>? Typed<T>(ComposeMapping mapping, string key, string owner, Func<ComposeScalar, T?> parse, string expected)
        where T : struct
    {
        var scalar = String(mapping, key, owner);
        if (scalar is null)
        {
            return null;
        }

        var value = parse(scalar);
        if (value is { } v)
        {
            return new ComposeValue<T>(v, scalar);
        }

        if (scalar.IsLiteral && scalar.InterpolationError is null)
        {
            Diagnostics.InvalidValue(scalar.Origin, $"'{key}' of {owner} must be {expected}, not '{YamlTreeReader.Truncate(scalar.Value)}'.");
        }

        return null;
    }
}
