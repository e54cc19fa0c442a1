using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>A here-document of RUN, COPY or ADD (<c>RUN &lt;&lt;EOF</c> ... <c>EOF</c>).</summary>
public sealed class Heredoc
{
    internal Heredoc(string name, MappedText body, bool expands, bool stripsTabs, int? fileDescriptor, SourceSpan markerSpan, SourceSpan span)
    {
        Name = name;
        Body = body;
        Expands = expands;
        StripsTabs = stripsTabs;
        FileDescriptor = fileDescriptor;
        MarkerSpan = markerSpan;
        Span = span;
    }

    /// <summary>The terminator word, quotes removed: <c>EOF</c> for <c>&lt;&lt;"EOF"</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// The content as Docker uses it: every line up to the terminator with its line feed; leading
    /// tabs removed for <c>&lt;&lt;-</c>; a carriage return before a line feed is left out.
    /// </summary>
    public MappedText Body { get; }

    /// <summary>False when the terminator was quoted (<c>&lt;&lt;'EOF'</c>): variables in the body are not expanded.</summary>
    public bool Expands { get; }

    /// <summary><c>&lt;&lt;-EOF</c>: leading tabs are stripped from the body and the terminator.</summary>
    public bool StripsTabs { get; }

    /// <summary>The <c>3</c> of <c>3&lt;&lt;EOF</c>; null when absent.</summary>
    public int? FileDescriptor { get; }

    /// <summary>The <c>&lt;&lt;EOF</c> word in the instruction.</summary>
    public SourceSpan MarkerSpan { get; }

    /// <summary>From the marker to the end of the terminator line.</summary>
    public SourceSpan Span { get; }

    public override string ToString() => "<<" + Name;
}
