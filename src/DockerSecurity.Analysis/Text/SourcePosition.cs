namespace DockerSecurity.Analysis.Text;

/// <summary>A 1-based line and 1-based column; columns count UTF-16 code units, a tab is one column.</summary>
public readonly record struct SourcePosition(int Line, int Column) : System.IComparable<SourcePosition>
{
    public int CompareTo(SourcePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);

    public override string ToString() => $"({Line},{Column})";
}
