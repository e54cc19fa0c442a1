using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Rules.Secrets;

/// <summary>
/// Spans already reported, so that a second finding on the same text can be left out: sorted
/// once, then each question is a binary search (no quadratic work on a file full of findings).
/// </summary>
internal sealed class SpanIndex
{
    private readonly SourceSpan[] _spans;
    private readonly SourcePosition[] _maxEnd;

    public SpanIndex(IEnumerable<SourceSpan> spans)
    {
        _spans = spans.OrderBy(s => s.Start).ToArray();
        _maxEnd = new SourcePosition[_spans.Length];
        for (var i = 0; i < _spans.Length; i++)
        {
            _maxEnd[i] = i > 0 && _maxEnd[i - 1].CompareTo(_spans[i].End) > 0 ? _maxEnd[i - 1] : _spans[i].End;
        }
    }

    /// <summary>Whether <paramref name="span"/> shares a character with one of the spans.</summary>
    public bool Overlaps(SourceSpan span)
    {
        int lo = 0, hi = _spans.Length - 1, last = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_spans[mid].Start.CompareTo(span.End) < 0)
            {
                last = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return last >= 0 && _maxEnd[last].CompareTo(span.Start) > 0;
    }

    /// <summary>The spans in source order, each dropped when it overlaps <paramref name="taken"/> or the one kept before it.</summary>
    public static List<T> KeepApart<T>(IEnumerable<T> items, System.Func<T, SourceSpan> spanOf, SpanIndex taken)
    {
        var kept = new List<T>();
        SourcePosition? end = null;
        foreach (var item in items.OrderBy(i => spanOf(i).Start))
        {
            var span = spanOf(item);
            if (taken.Overlaps(span) || (end is { } e && span.Start.CompareTo(e) < 0))
            {
                continue;
            }

            kept.Add(item);
            end = span.End;
        }

        return kept;
    }
}
