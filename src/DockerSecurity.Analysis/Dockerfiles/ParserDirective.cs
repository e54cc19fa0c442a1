using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>A parser directive such as <c># escape=`</c>; only recognised at the very top of the file, as Docker does.</summary>
public sealed class ParserDirective
{
    internal ParserDirective(string name, string value, SourceSpan span, SourceSpan valueSpan)
    {
        Name = name;
        Value = value;
        Span = span;
        ValueSpan = valueSpan;
    }

    /// <summary>Lower case: <c>syntax</c>, <c>escape</c> or <c>check</c>.</summary>
    public string Name { get; }

    public string Value { get; }

    /// <summary>The whole directive line from its <c>#</c>.</summary>
    public SourceSpan Span { get; }

    public SourceSpan ValueSpan { get; }

    public override string ToString() => $"# {Name}={Value}";
}
