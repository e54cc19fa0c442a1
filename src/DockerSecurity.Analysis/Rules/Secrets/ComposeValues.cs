using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Secrets;

/// <summary>A scalar value of a compose file and the key that names it (<c>DATABASE_URL</c>), if any.</summary>
internal readonly record struct KeyedScalar(ComposeScalar Scalar, string? Key);

/// <summary>
/// The values the secrets rules read, taken from every compose document as written (not from the
/// merged project): a secret that an override replaces is still committed in the base file.
/// </summary>
internal static class ComposeValues
{
    /// <summary>The list-or-dict attributes whose list items are <c>KEY=value</c>.</summary>
    private static readonly HashSet<string> KeyValueAttributes = new(StringComparer.Ordinal) { "environment", "args", "labels" };

    /// <summary>Every scalar value (not keys) of every document, each once, with the key that names it.</summary>
    public static IEnumerable<KeyedScalar> Scalars(ComposeProject project)
    {
        var seen = new HashSet<ComposeNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(ComposeNode Node, string? Key)>();
        for (var i = project.Documents.Count - 1; i >= 0; i--)
        {
            pending.Push((project.Documents[i], null));
        }

        while (pending.Count > 0)
        {
            var (node, key) = pending.Pop();
            if (!seen.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case ComposeScalar { IsNull: false } scalar:
                    yield return new KeyedScalar(scalar, key);
                    break;
                case ComposeMapping mapping:
                    for (var i = mapping.Entries.Count - 1; i >= 0; i--)
                    {
                        pending.Push((mapping.Entries[i].Value, mapping.Entries[i].Key));
                    }

                    break;
                case ComposeSequence sequence when key is not null && KeyValueAttributes.Contains(key):
                    for (var i = sequence.Items.Count - 1; i >= 0; i--)
                    {
                        if (sequence.Items[i] is ComposeScalar { IsNull: false } item && seen.Add(item))
                        {
                            var entry = KeyValueList.Split(item);
                            if (entry.Value is ComposeScalar { IsNull: false, Raw.Length: > 0 } value && item.Raw.IndexOf('=') >= 0)
                            {
                                pending.Push((value, entry.Key));
                            }
                        }
                        else
                        {
                            pending.Push((sequence.Items[i], key));
                        }
                    }

                    break;
                case ComposeSequence sequence:
                    for (var i = sequence.Items.Count - 1; i >= 0; i--)
                    {
                        pending.Push((sequence.Items[i], key));
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// The <c>environment</c>, <c>labels</c>, <c>build.args</c> and <c>build.labels</c> entries of every
    /// service of every document, list items split at their first <c>=</c>.
    /// </summary>
    public static IEnumerable<(string Attribute, ComposeEntry Entry)> ServiceKeyValues(ComposeProject project)
    {
        var seen = new HashSet<ComposeNode>(ReferenceEqualityComparer.Instance);
        foreach (var service in Services(project))
        {
            foreach (var (attribute, owner) in new[] { ("environment", service), ("labels", service), ("args", service["build"] as ComposeMapping), ("labels", service["build"] as ComposeMapping) })
            {
                if (owner?[attribute] is not { } node || !seen.Add(node) || KeyValueList.Entries(node, null, attribute) is not { } entries)
                {
                    continue;
                }

                var label = ReferenceEquals(owner, service) ? attribute : "build." + attribute;
                foreach (var entry in entries)
                {
                    yield return (label, entry);
                }
            }
        }
    }

    /// <summary>The command lines of every service of every document: <c>command</c>, <c>entrypoint</c> and <c>healthcheck.test</c>.</summary>
    public static IEnumerable<ComposeNode> CommandLines(ComposeProject project)
    {
        var seen = new HashSet<ComposeNode>(ReferenceEqualityComparer.Instance);
        foreach (var service in Services(project))
        {
            foreach (var node in new[] { service["command"], service["entrypoint"], (service["healthcheck"] as ComposeMapping)?["test"] })
            {
                if (node is not null && seen.Add(node))
                {
                    yield return node;
                }
            }
        }
    }

    private static IEnumerable<ComposeMapping> Services(ComposeProject project)
    {
        foreach (var document in project.Documents)
        {
            if (document is ComposeMapping root && root["services"] is ComposeMapping services)
            {
                foreach (var entry in services.Entries)
                {
                    if (entry.Value is ComposeMapping service)
                    {
                        yield return service;
                    }
                }
            }
        }
    }

    private sealed class ReferenceEqualityComparer : IEqualityComparer<ComposeNode>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(ComposeNode? x, ComposeNode? y) => ReferenceEquals(x, y);

        public int GetHashCode(ComposeNode obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
