using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Text;

/// <summary>
/// Text that was assembled from a source file (for example a RUN command with its line
/// continuations removed) and still knows where each of its characters came from, so a finding
/// inside it can point at the offending word's own line and column.
/// </summary>
public sealed class MappedText
{
    private readonly SourcePosition[] _positions;

    /// <param name="text">The assembled text.</param>
    /// <param name="positions">
    /// The source position of each character of <paramref name="text"/>, plus one more entry: the
    /// position just after the last character.
    /// </param>
    public MappedText(string text, IReadOnlyList<SourcePosition> positions)
    {
        if (positions.Count != text.Length + 1)
        {
            throw new ArgumentException("One position per character plus the end position is required.", nameof(positions));
        }

        Text = text;
        _positions = new SourcePosition[positions.Count];
        for (var i = 0; i < positions.Count; i++)
        {
            _positions[i] = positions[i];
        }
    }

    private MappedText(string text, SourcePosition[] positions, bool owned)
    {
        Text = text;
        _positions = positions;
    }

    public string Text { get; }

    public int Length => Text.Length;

    public SourcePosition PositionAt(int offset) => _positions[offset];

    /// <summary>The source span of <c>Text[start .. start + length)</c>.</summary>
    public SourceSpan GetSpan(int start, int length)
    {
        if (start < 0 || length < 0 || start + length > Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start));
        }

        var first = _positions[start];
        if (length == 0)
        {
            return new SourceSpan(first, first);
        }

        var last = _positions[start + length - 1];
        return new SourceSpan(first, new SourcePosition(last.Line, last.Column + 1));
    }

    /// <summary>A slice that keeps its mapping.</summary>
    public MappedText Slice(int start, int length)
    {
        var positions = new SourcePosition[length + 1];
        Array.Copy(_positions, start, positions, 0, length + 1);
        return new MappedText(Text.Substring(start, length), positions, owned: true);
    }

    /// <summary>Text that lies on one line, starting at <paramref name="start"/>.</summary>
    public static MappedText SingleLine(string text, SourcePosition start)
    {
        var positions = new SourcePosition[text.Length + 1];
        for (var i = 0; i <= text.Length; i++)
        {
            positions[i] = new SourcePosition(start.Line, start.Column + i);
        }

        return new MappedText(text, positions, owned: true);
    }

    /// <summary>Takes ownership of <paramref name="positions"/> (no copy); for builders that made the array for it.</summary>
    /// <summary>The parts one after the other, each character still mapped to where it came from.</summary>
    public static MappedText Concat(IReadOnlyList<MappedText> parts)
    {
        var text = new System.Text.StringBuilder();
        var positions = new List<SourcePosition>();
        foreach (var part in parts)
        {
            text.Append(part.Text);
            for (var i = 0; i < part.Length; i++)
            {
                positions.Add(part._positions[i]);
            }
        }

        positions.Add(parts.Count > 0 ? parts[parts.Count - 1]._positions[parts[parts.Count - 1].Length] : new SourcePosition(1, 1));
        return Create(text.ToString(), positions.ToArray());
    }

    internal static MappedText Create(string text, SourcePosition[] positions)
    {
        if (positions.Length != text.Length + 1)
        {
            throw new ArgumentException("One position per character plus the end position is required.", nameof(positions));
        }

        return new MappedText(text, positions, owned: true);
    }

    public override string ToString() => Text;
}
