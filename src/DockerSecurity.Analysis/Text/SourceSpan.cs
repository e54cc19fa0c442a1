namespace DockerSecurity.Analysis.Text;

/// <summary>
/// A region of a source file. Start is inclusive, End is exclusive (the column after the last
/// character), which is SARIF's convention: <c>FROM</c> on line 1 is (1,1)-(1,5).
/// </summary>
public readonly record struct SourceSpan(SourcePosition Start, SourcePosition End)
{
    public SourceSpan(int startLine, int startColumn, int endLine, int endColumn)
        : this(new SourcePosition(startLine, startColumn), new SourcePosition(endLine, endColumn))
    {
    }

    public int StartLine => Start.Line;
    public int StartColumn => Start.Column;
    public int EndLine => End.Line;
    public int EndColumn => End.Column;

    /// <summary>The span that covers both spans.</summary>
    public SourceSpan Union(SourceSpan other) =>
        new(Start.CompareTo(other.Start) <= 0 ? Start : other.Start, End.CompareTo(other.End) >= 0 ? End : other.End);

    public override string ToString() => $"({StartLine},{StartColumn})-({EndLine},{EndColumn})";
}
