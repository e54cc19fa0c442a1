using System.Collections.Generic;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles.Parsing;

/// <summary>
/// The line loop of Docker's parser (buildkit parser.go Parse): directives, comments, line
/// continuations, empty continuation lines and heredoc bodies, one pass over the text.
/// </summary>
internal sealed class DockerfileReader
{
    private const string LineTooLong = "dockerfile line greater than max allowed size of 65535";

    private readonly SourceFile _file;
    private readonly string _text;
    private readonly PhysicalLines _lines;
    private readonly DirectiveReader _directiveReader = new();
    private readonly LogicalLineBuilder _builder = new();
    private readonly List<Instruction> _instructions = new();
    private readonly List<ParserDirective> _directives = new();
    private readonly List<DockerfileComment> _comments = new();
    private readonly List<SourceSpan> _emptyContinuationLines = new();
    private char _escape = '\\';
    private PhysicalLine _lastLine;
    private DockerfileParseError? _lineError;

    public DockerfileReader(SourceFile file)
    {
        _file = file;
        _text = file.Text ?? string.Empty;
        _lines = new PhysicalLines(_text);
    }

    public DockerfileParseResult Read()
    {
        var parser = new InstructionParser(_escape);
        while (TryReadLine(out var line))
        {
            var start = SkipSpace(line.Start, line.End);
            if (!_directiveReader.Done
                && _directiveReader.TryRead(_text, start, line.End, out var name, out var valueStart, out var valueEnd, out var directiveError))
            {
                if (directiveError is not null)
                {
                    return Fail(directiveError, line.SpanOf(start, line.End));
                }

                var value = _text.Substring(valueStart, valueEnd - valueStart);
                if (name == "escape")
                {
                    if (value != "`" && value != "\\")
                    {
                        return Fail("invalid escape token '" + value + "' does not match ` or \\", line.SpanOf(valueStart, valueEnd));
                    }

                    _escape = value[0];
                    parser = new InstructionParser(_escape);
                }

                _directives.Add(new ParserDirective(name, value, line.SpanOf(start, TrimEnd(start, line.End)), line.SpanOf(valueStart, valueEnd)));
                continue;
            }

            if (start < line.End && _text[start] == '#')
            {
                AddComment(line, start);
                continue;
            }

            var continues = TrimContinuation(start, line.End, out var contentEnd);
            if (!continues && contentEnd == start)
            {
                continue;
            }

            _builder.Start(line.PositionOf(start));
            _builder.Append(_text, line, start, contentEnd);
            var lastContentLine = line;
            while (continues)
            {
                if (!TryReadLine(out var next))
                {
                    break;
                }

                var nextStart = SkipSpace(next.Start, next.End);
                if (nextStart < next.End && _text[nextStart] == '#')
                {
                    AddComment(next, nextStart);
                    continue;
                }

                if (nextStart == next.End)
                {
                    _emptyContinuationLines.Add(next.SpanOf(next.Start, next.End));
                    continue;
                }

                continues = TrimContinuation(next.Start, next.End, out var nextEnd);
                _builder.Append(_text, next, next.Start, nextEnd);
                lastContentLine = next;
            }

            if (_lineError is not null)
            {
                return new DockerfileParseResult(null, _lineError);
            }

            var logical = _builder.Build();
            var instruction = parser.Parse(logical, 0, logical.Length, out var error);
            if (instruction is null)
            {
                return new DockerfileParseResult(null, error);
            }

            var end = lastContentLine.PositionOf(TrimEnd(lastContentLine.Start, lastContentLine.End));
            if (CanContainHeredoc(instruction) && logical.Text.IndexOf("<<", System.StringComparison.Ordinal) >= 0)
            {
                if (!ReadHeredocs(instruction, logical, ref end, out error))
                {
                    return new DockerfileParseResult(null, error);
                }
            }

            instruction.Span = new SourceSpan(instruction.KeywordSpan.Start, end);
            _instructions.Add(instruction);
        }

        if (_lineError is not null)
        {
            return new DockerfileParseResult(null, _lineError);
        }

        if (_instructions.Count == 0)
        {
            var end = _lines.LinesRead == 0 ? new SourcePosition(1, 1) : _lastLine.PositionOf(_lastLine.End);
            return Fail("file with no instructions", new SourceSpan(new SourcePosition(1, 1), end));
        }

        var syntax = new DockerfileSyntax(_file, _instructions, _directives, _comments, _emptyContinuationLines, _escape);
        return new DockerfileParseResult(syntax, null);
    }

    private static bool CanContainHeredoc(Instruction instruction)
    {
        var target = instruction.Keyword == InstructionKeywords.Onbuild && instruction.OnBuild is not null ? instruction.OnBuild : instruction;
        return (target.Keyword == InstructionKeywords.Run || target.Keyword == InstructionKeywords.Copy || target.Keyword == InstructionKeywords.Add)
            && !target.IsExecForm;
    }

    private bool ReadHeredocs(Instruction instruction, MappedText logical, ref SourcePosition end, out DockerfileParseError? error)
    {
        error = null;
        var markers = HeredocMarker.FindAll(logical, out var markerError);
        if (markerError is not null)
        {
            error = new DockerfileParseError(markerError, instruction.Span);
            return false;
        }

        if (markers.Count == 0)
        {
            return true;
        }

        var heredocs = new List<Heredoc>(markers.Count);
        var body = new LogicalLineBuilder();
        foreach (var marker in markers)
        {
            var markerSpan = logical.GetSpan(marker.Start, marker.End - marker.Start);
            body.Start(new SourcePosition(_lastLine.Number + 1, 1));
            var terminated = false;
            while (TryReadLine(out var line))
            {
                var contentStart = line.Start;
                if (marker.StripsTabs)
                {
                    while (contentStart < line.End && _text[contentStart] == '\t')
                    {
                        contentStart++;
                    }
                }

                if (line.End - contentStart == marker.Name.Length
                    && string.CompareOrdinal(_text, contentStart, marker.Name, 0, marker.Name.Length) == 0)
                {
                    terminated = true;
                    end = line.PositionOf(TrimEnd(line.Start, line.End));
                    break;
                }

                body.Append(_text, line, contentStart, line.End);
                if (line.Next > 0 && _text[line.Next - 1] == '\n')
                {
                    body.Append('\n', line.PositionOf(line.End), new SourcePosition(line.Number + 1, 1));
                }
            }

            if (_lineError is not null)
            {
                error = _lineError;
                return false;
            }

            if (!terminated)
            {
                error = new DockerfileParseError("unterminated heredoc", markerSpan);
                return false;
            }

            heredocs.Add(new Heredoc(marker.Name, body.Build(), marker.Expands, marker.StripsTabs, marker.FileDescriptor, markerSpan, new SourceSpan(markerSpan.Start, end)));
        }

        instruction.Heredocs = heredocs;
        if (instruction.OnBuild is not null)
        {
            instruction.OnBuild.Heredocs = heredocs;
        }

        return true;
    }

    private bool TryReadLine(out PhysicalLine line)
    {
        if (_lineError is not null || !_lines.TryRead(out line))
        {
            line = default;
            return false;
        }

        _lastLine = line;
        if (_lines.IsTooLong(line))
        {
            _lineError = new DockerfileParseError(LineTooLong, line.SpanOf(line.Start, line.End));
            return false;
        }

        return true;
    }

    /// <summary>
    /// Docker's line-continuation test: the escape token is the last character before trailing
    /// spaces and tabs, and is not itself escaped (<c>\\</c> at the end is a literal backslash).
    /// </summary>
    private bool TrimContinuation(int start, int end, out int contentEnd)
    {
        var last = end - 1;
        while (last >= start && (_text[last] == ' ' || _text[last] == '\t'))
        {
            last--;
        }

        if (last >= start && _text[last] == _escape && (last == start || _text[last - 1] != _escape))
        {
            contentEnd = last;
            return true;
        }

        contentEnd = end;
        return false;
    }

    /// <summary>Spans end at the last visible character: trailing spaces and tabs are left out.</summary>
    private int TrimEnd(int start, int end)
    {
        while (end > start && (_text[end - 1] == ' ' || _text[end - 1] == '\t'))
        {
            end--;
        }

        return end;
    }

    private int SkipSpace(int start, int end)
    {
        while (start < end && GoText.IsSpace(_text[start]))
        {
            start++;
        }

        return start;
    }

    private void AddComment(PhysicalLine line, int hash)
    {
        var start = hash + 1;
        var end = line.End;
        GoText.TrimSpace(_text, ref start, ref end);
        _comments.Add(new DockerfileComment(_text.Substring(start, end - start), line.SpanOf(hash, TrimEnd(hash, line.End))));
    }

    private static DockerfileParseResult Fail(string message, SourceSpan span) => new(null, new DockerfileParseError(message, span));
}
