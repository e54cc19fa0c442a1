using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Rules.Secrets;

/// <summary>
/// Where a part of a compose value is written. A one-line value maps column by column; for the
/// others (block scalars, quoted values with escapes) the part is looked up in the file's text
/// inside the value's span, and the whole value stands for it when it is not written verbatim there.
/// </summary>
internal sealed class ComposeSpans
{
    /// <summary>Each lookup scans the value, so a value with very many findings gets its whole span after this many.</summary>
    private const int MaxLookupsPerValue = 64;

    private readonly ComposeContext _context;
    private readonly Dictionary<string, SourceText?> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<ComposeScalar, int> _lookups = new();

    public ComposeSpans(ComposeContext context) => _context = context;

    /// <summary>The origin of <c>scalar.Raw[start .. start + length)</c>.</summary>
    public ComposeOrigin OriginOf(ComposeScalar scalar, int start, int length)
    {
        if (scalar.MapsColumns || length <= 0 || start < 0 || start + length > scalar.Raw.Length)
        {
            return new ComposeOrigin(scalar.Origin.FilePath, scalar.SpanOf(start, length));
        }

        _lookups.TryGetValue(scalar, out var lookups);
        _lookups[scalar] = ++lookups;
        if (lookups <= MaxLookupsPerValue && Source(scalar.Origin.FilePath) is { } source && source.Find(scalar, start, length) is { } span)
        {
            return new ComposeOrigin(scalar.Origin.FilePath, span);
        }

        return scalar.Origin;
    }

    private SourceText? Source(string path)
    {
        if (!_files.TryGetValue(path, out var source))
        {
            source = _context.SourceOf(path) is { } file ? new SourceText(file.Text) : null;
            _files[path] = source;
        }

        return source;
    }

    private sealed class SourceText
    {
        private readonly string _text;
        private readonly List<int> _lineStarts = new() { 0 };

        public SourceText(string text)
        {
            _text = text;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        /// <summary>The n-th occurrence of the part in the value's text, where n counts its occurrences in Raw before <paramref name="start"/>.</summary>
        public SourceSpan? Find(ComposeScalar scalar, int start, int length)
        {
            var part = scalar.Raw.Substring(start, length);
            var occurrence = 0;
            for (var at = scalar.Raw.IndexOf(part, StringComparison.Ordinal); at >= 0 && at < start; at = scalar.Raw.IndexOf(part, at + length, StringComparison.Ordinal))
            {
                occurrence++;
            }

            if (Offset(scalar.Span.Start) is not { } from || Offset(scalar.Span.End) is not { } to || to < from)
            {
                return null;
            }

            var found = -1;
            for (var at = from; occurrence >= 0; occurrence--, at = found + length)
            {
                found = at <= to ? _text.IndexOf(part, at, to - at, StringComparison.Ordinal) : -1;
                if (found < 0)
                {
                    return null;
                }
            }

            return new SourceSpan(Position(found), Position(found + length));
        }

        private int? Offset(SourcePosition position)
        {
            if (position.Line < 1 || position.Line > _lineStarts.Count)
            {
                return null;
            }

            var offset = _lineStarts[position.Line - 1] + position.Column - 1;
            return offset <= _text.Length ? offset : null;
        }

        private SourcePosition Position(int offset)
        {
            var line = _lineStarts.BinarySearch(offset);
            line = line >= 0 ? line : ~line - 1;
            return new SourcePosition(line + 1, offset - _lineStarts[line] + 1);
        }
    }
}
