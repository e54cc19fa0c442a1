namespace DockerSecurity.Analysis.Compose;

/// <summary>One key and its value in a mapping; the key keeps its own origin.</summary>
public sealed class ComposeEntry
{
    public ComposeEntry(string key, ComposeOrigin keyOrigin, ComposeNode value)
    {
        Key = key;
        KeyOrigin = keyOrigin;
        Value = value;
    }

    public string Key { get; }

    public ComposeOrigin KeyOrigin { get; }

    public ComposeNode Value { get; }

    internal ComposeEntry WithValue(ComposeNode value) => new(Key, KeyOrigin, value);

    public override string ToString() => Key;
}
