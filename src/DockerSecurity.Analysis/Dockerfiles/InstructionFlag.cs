using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>A <c>--name=value</c> flag of an instruction, such as <c>--from=build</c> or <c>--mount=type=cache,target=/root</c>.</summary>
public sealed class InstructionFlag
{
    internal InstructionFlag(string text, string name, string? value, SourceSpan span, SourceSpan? valueSpan)
    {
        Text = text;
        Name = name;
        Value = value;
        Span = span;
        ValueSpan = valueSpan;
    }

    /// <summary>The flag as Docker sees it, quotes removed: <c>--chown=app:app</c>.</summary>
    public string Text { get; }

    /// <summary>The name without the leading dashes: <c>chown</c>.</summary>
    public string Name { get; }

    /// <summary>The text after the first <c>=</c>, quotes removed; null for a bare <c>--flag</c>.</summary>
    public string? Value { get; }

    public SourceSpan Span { get; }

    /// <summary>The source of <see cref="Value"/>; null when there is no <c>=</c>.</summary>
    public SourceSpan? ValueSpan { get; }

    public override string ToString() => Text;
}
