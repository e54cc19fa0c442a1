using System;
using System.Collections.Generic;
using System.Text;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// Turns byte offsets in a UTF-8 baseline file into 1-based lines and UTF-16 columns. Lines end at
/// LF (a CR before it belongs to the line), as System.Text.Json counts them.
/// </summary>
internal sealed class BaselineByteLines
{
    private readonly byte[] data;
    private readonly List<int> starts = new() { 0 };

    public BaselineByteLines(byte[] data)
    {
        this.data = data;
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }
    }

    /// <summary>The byte offset where 0-based line <paramref name="lineIndex"/> starts (clamped to the file).</summary>
    public long StartOfLine(long lineIndex) =>
        starts[(int)Math.Min(Math.Max(lineIndex, 0), starts.Count - 1)];

    public SourcePosition Position(long offset)
    {
        var end = (int)Math.Min(Math.Max(offset, 0), data.Length);
        var index = starts.BinarySearch(end);
        var line = index >= 0 ? index : ~index - 1;
        return new SourcePosition(line + 1, Encoding.UTF8.GetCharCount(data, starts[line], end - starts[line]) + 1);
    }

    public SourceSpan Span(long start, long end) => new(Position(start), Position(Math.Max(start, end)));
}
