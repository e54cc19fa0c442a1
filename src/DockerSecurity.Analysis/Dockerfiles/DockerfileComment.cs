using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>A comment line.</summary>
public sealed class DockerfileComment
{
    internal DockerfileComment(string text, SourceSpan span)
    {
        Text = text;
        Span = span;
    }

    /// <summary>The text after <c>#</c>, trimmed of white space (as Docker keeps it).</summary>
    public string Text { get; }

    /// <summary>From the <c>#</c> to the last visible character of the line.</summary>
    public SourceSpan Span { get; }

    public override string ToString() => "# " + Text;
}
