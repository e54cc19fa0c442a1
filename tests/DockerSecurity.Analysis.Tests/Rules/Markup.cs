using System;
using System.Collections.Generic;
using System.Text;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Rules;

/// <summary>An expected finding written into a test's source: <c>{|DKS1001:python:latest|}</c>.</summary>
public sealed record ExpectedFinding(string Id, SourceSpan Span, string File = "")
{
    public override string ToString() => $"{File}{Span.Start} {Id} {Span}";
}

/// <summary>
/// Reads test sources whose expected findings are marked inline, the way analyzer tests in
/// StyleCop and Roslyn do: <c>{|ID:text|}</c> marks a finding of rule ID on exactly that text;
/// markers may nest. The markers are removed to give the source that is analysed.
/// </summary>
public static class Markup
{
    public static (string Source, IReadOnlyList<ExpectedFinding> Expected) Parse(string markup, string file = "")
    {
        var source = new StringBuilder(markup.Length);
        var expected = new List<ExpectedFinding>();
        var open = new Stack<(string Id, SourcePosition Start)>();
        var line = 1;
        var column = 1;
        for (var i = 0; i < markup.Length; i++)
        {
            if (StartsWith(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    throw new FormatException("A '{|' marker needs 'ID:' after it.");
                }

                open.Push((markup.Substring(i + 2, colon - i - 2), new SourcePosition(line, column)));
                i = colon;
                continue;
            }

            if (StartsWith(markup, i, "|}") && open.Count > 0)
            {
                var (id, start) = open.Pop();
                expected.Add(new ExpectedFinding(id, new SourceSpan(start, new SourcePosition(line, column)), file));
                i++;
                continue;
            }

            var c = markup[i];
            source.Append(c);
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException($"Marker for {open.Peek().Id} is not closed.");
        }

        return (source.ToString(), expected);
    }

    private static bool StartsWith(string text, int index, string value) =>
        string.CompareOrdinal(text, index, value, 0, value.Length) == 0;
}
