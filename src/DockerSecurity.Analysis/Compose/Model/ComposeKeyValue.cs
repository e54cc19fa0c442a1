namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// One entry of a list-or-dict attribute (<c>environment</c>, <c>labels</c>, <c>build.args</c>):
/// <c>KEY=value</c>, <c>KEY: value</c>, or a bare <c>KEY</c> (no value: taken from the environment).
/// </summary>
public sealed class ComposeKeyValue
{
    internal ComposeKeyValue(string name, ComposeOrigin nameOrigin, ComposeScalar? value)
    {
        Name = name;
        NameOrigin = nameOrigin;
        Value = value;
    }

    public string Name { get; }

    public ComposeOrigin NameOrigin { get; }

    /// <summary>The value, or null for a bare <c>KEY</c> or <c>KEY:</c> with nothing after it.</summary>
    public ComposeScalar? Value { get; }

    /// <summary>From the name to the end of the value, when both are in one file.</summary>
    public ComposeOrigin Origin =>
        Value is not null && Value.Origin.FilePath == NameOrigin.FilePath && Value.Origin.Span.End.CompareTo(NameOrigin.Span.Start) >= 0
            ? new ComposeOrigin(NameOrigin.FilePath, NameOrigin.Span.Union(Value.Origin.Span))
            : NameOrigin;

    public override string ToString() => Value is null ? Name : $"{Name}={Value.Raw}";
}
