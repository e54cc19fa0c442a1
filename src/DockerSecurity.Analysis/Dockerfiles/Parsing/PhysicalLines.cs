using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles.Parsing;

/// <summary>One line of the file: <c>[Start, End)</c> is its content without the trailing CR/LF characters.</summary>
internal readonly struct PhysicalLine
{
    public PhysicalLine(int number, int start, int end, int next)
    {
        Number = number;
        Start = start;
        End = end;
        Next = next;
    }

    public int Number { get; }

    public int Start { get; }

    /// <summary>End of the content: trailing <c>\r</c> and <c>\n</c> removed, as Docker's trimNewline does.</summary>
    public int End { get; }

    /// <summary>Where the following line starts.</summary>
    public int Next { get; }

    public SourcePosition PositionOf(int index) => new(Number, index - Start + 1);

    public SourceSpan SpanOf(int start, int end) => new(PositionOf(start), PositionOf(end));
}

/// <summary>Splits the text into lines at <c>\n</c>, as Docker's scanner does (a lone <c>\r</c> is not a line break).</summary>
internal sealed class PhysicalLines
{
    private readonly string _text;
    private int _position;
    private int _number;

    public PhysicalLines(string text)
    {
        _text = text;

        // SourceFileReader strips the BOM; a caller that did not is served all the same.
        _position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    public int LinesRead => _number;

    public bool TryRead(out PhysicalLine line)
    {
        if (_position >= _text.Length)
        {
            line = default;
            return false;
        }

        var start = _position;
        var newline = _text.IndexOf('\n', start);
        var next = newline < 0 ? _text.Length : newline + 1;
        var end = newline < 0 ? _text.Length : newline;
        while (end > start && (_text[end - 1] == '\r' || _text[end - 1] == '\n'))
        {
            end--;
        }

        _position = next;
        _number++;
        line = new PhysicalLine(_number, start, end, next);
        return true;
    }

    /// <summary>
    /// Docker reads lines with a 64 KiB buffer and fails on a longer one; true when this line,
    /// with its line feed, would not fit.
    /// </summary>
    public bool IsTooLong(PhysicalLine line)
    {
        const int MaxBytes = 64 * 1024;
        var length = line.Next - line.Start;
        if (length * 3 < MaxBytes)
        {
            return false;
        }

        var bytes = line.Number == 1 && line.Start == 1 ? 3 : 0;
        for (var i = line.Start; i < line.Next; i++)
        {
            var c = _text[i];
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
        }

        // The last line has no line feed, but the scanner still needs one byte more than it holds.
        if (_text[line.Next - 1] != '\n')
        {
            bytes++;
        }

        return bytes > MaxBytes;
    }
}
