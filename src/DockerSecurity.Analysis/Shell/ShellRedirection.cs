using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Shell;

public enum ShellRedirectionKind
{
    /// <summary><c>&lt;</c></summary>
    Input,

    /// <summary><c>&gt;</c></summary>
    Output,

    /// <summary><c>&gt;&gt;</c></summary>
    Append,

    /// <summary><c>&gt;|</c></summary>
    Clobber,

    /// <summary><c>&lt;&gt;</c></summary>
    ReadWrite,

    /// <summary><c>&lt;&amp;</c></summary>
    DuplicateInput,

    /// <summary><c>&gt;&amp;</c>, as in <c>2&gt;&amp;1</c></summary>
    DuplicateOutput,

    /// <summary><c>&amp;&gt;</c> (bash: stdout and stderr to a file)</summary>
    OutputAndError,

    /// <summary><c>&amp;&gt;&gt;</c></summary>
    AppendOutputAndError,

    /// <summary><c>&lt;&lt;</c> or <c>&lt;&lt;-</c></summary>
    HereDocument,

    /// <summary><c>&lt;&lt;&lt;</c></summary>
    HereString,
}

/// <summary>A redirection such as <c>2&gt;&amp;1</c>, <c>&gt; /dev/null</c> or <c>&lt;&lt;EOF</c>.</summary>
public sealed class ShellRedirection
{
    internal ShellRedirection(ShellRedirectionKind kind, string @operator, int? fileDescriptor, ShellWord? target, SourceSpan span)
    {
        Kind = kind;
        Operator = @operator;
        FileDescriptor = fileDescriptor;
        Target = target;
        Span = span;
    }

    public ShellRedirectionKind Kind { get; }

    /// <summary>The operator as written, without the file descriptor: <c>&gt;&amp;</c> in <c>2&gt;&amp;1</c>.</summary>
    public string Operator { get; }

    /// <summary>The file descriptor written before the operator, if any (2 in <c>2&gt;&amp;1</c>).</summary>
    public int? FileDescriptor { get; }

    /// <summary>The file, descriptor or here-string; for a here-document, its delimiter. Null when missing.</summary>
    public ShellWord? Target { get; }

    /// <summary>The here-document's body (<see cref="ShellRedirectionKind.HereDocument"/> only).</summary>
    public ShellHereDocument? HereDocument { get; internal set; }

    public SourceSpan Span { get; internal set; }
}

/// <summary>The body of a <c>&lt;&lt;EOF</c> here-document.</summary>
public sealed class ShellHereDocument
{
    internal ShellHereDocument(string delimiter, bool isQuoted, bool stripsTabs)
    {
        Delimiter = delimiter;
        IsQuoted = isQuoted;
        StripsTabs = stripsTabs;
    }

    /// <summary>The delimiter after quote removal.</summary>
    public string Delimiter { get; }

    /// <summary>The delimiter was quoted, so the body is literal text (no expansion).</summary>
    public bool IsQuoted { get; }

    /// <summary><c>&lt;&lt;-</c>: leading tabs are removed from the body lines.</summary>
    public bool StripsTabs { get; }

    /// <summary>The body lines with their newlines (the delimiter line excluded); expansions kept as written. Null when the text ends first.</summary>
    public ShellWord? Body { get; internal set; }
}
