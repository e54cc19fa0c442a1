using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>
/// A <c>key=value</c> pair of ENV, LABEL or ARG. Values are as written (quotes and escapes kept),
/// as Docker's parser keeps them; <see cref="DockerfileModel"/> evaluates them.
/// </summary>
public sealed class KeyValueArgument
{
    internal KeyValueArgument(string key, SourceSpan keySpan, string? value, SourceSpan? valueSpan, SourceSpan span, bool isLegacyForm)
    {
        Key = key;
        KeySpan = keySpan;
        Value = value;
        ValueSpan = valueSpan;
        Span = span;
        IsLegacyForm = isLegacyForm;
    }

    public string Key { get; }

    public SourceSpan KeySpan { get; }

    /// <summary>Null for <c>ARG NAME</c> without a default.</summary>
    public string? Value { get; }

    public SourceSpan? ValueSpan { get; }

    /// <summary>The whole pair.</summary>
    public SourceSpan Span { get; }

    /// <summary>The legacy <c>ENV key value</c> form (no <c>=</c>; the value is the rest of the line).</summary>
    public bool IsLegacyForm { get; }

    public override string ToString() => Value is null ? Key : Key + (IsLegacyForm ? " " : "=") + Value;
}
