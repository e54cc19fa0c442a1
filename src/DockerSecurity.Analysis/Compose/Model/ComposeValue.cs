namespace DockerSecurity.Analysis.Compose;

/// <summary>A typed value read from a scalar, with the scalar it came from (its origin, its variables).</summary>
public sealed class ComposeValue<T>
{
    internal ComposeValue(T value, ComposeScalar source)
    {
        Value = value;
        Source = source;
    }

    public T Value { get; }

    public ComposeScalar Source { get; }

    public ComposeOrigin Origin => Source.Origin;

    public override string ToString() => $"{Value}";
}
