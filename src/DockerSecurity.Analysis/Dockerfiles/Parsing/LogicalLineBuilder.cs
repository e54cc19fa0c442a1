using System.Collections.Generic;
using System.Text;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles.Parsing;

/// <summary>Assembles an instruction from its physical lines, remembering each character's source position.</summary>
internal sealed class LogicalLineBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<SourcePosition> _positions = new();
    private SourcePosition _end;

    public int Length => _text.Length;

    public void Start(SourcePosition position)
    {
        _text.Clear();
        _positions.Clear();
        _end = position;
    }

    public void Append(string source, PhysicalLine line, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            _text.Append(source[i]);
            _positions.Add(line.PositionOf(i));
        }

        if (end > start)
        {
            _end = line.PositionOf(end);
        }
    }

    public void Append(char c, SourcePosition position, SourcePosition after)
    {
        _text.Append(c);
        _positions.Add(position);
        _end = after;
    }

    public MappedText Build()
    {
        var positions = new SourcePosition[_positions.Count + 1];
        _positions.CopyTo(positions);
        positions[positions.Length - 1] = _end;
        return MappedText.Create(_text.ToString(), positions);
    }
}
