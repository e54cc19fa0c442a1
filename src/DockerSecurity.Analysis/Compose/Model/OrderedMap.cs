using System;
using System.Collections;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Compose;

/// <summary>A read-only dictionary that enumerates in insertion order (declaration order is part of determinism).</summary>
internal sealed class OrderedMap<T> : IReadOnlyDictionary<string, T>
{
    private readonly Dictionary<string, T> _byKey = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, T>> _ordered = new();

    public void Add(string key, T value)
    {
        if (_byKey.ContainsKey(key))
        {
            return;
        }

        _byKey.Add(key, value);
        _ordered.Add(new KeyValuePair<string, T>(key, value));
    }

    public T this[string key] => _byKey[key];

    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var pair in _ordered)
            {
                yield return pair.Key;
            }
        }
    }

    public IEnumerable<T> Values
    {
        get
        {
            foreach (var pair in _ordered)
            {
                yield return pair.Value;
            }
        }
    }

    public int Count => _ordered.Count;

    public bool ContainsKey(string key) => _byKey.ContainsKey(key);

    public bool TryGetValue(string key, out T value) => _byKey.TryGetValue(key, out value!);

    public IEnumerator<KeyValuePair<string, T>> GetEnumerator() => _ordered.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
