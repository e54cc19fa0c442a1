using System.Collections.Generic;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Suppressions;

/// <summary>
/// What a Dockerfile parser hands to <c>SuppressionSet</c>: comment lines with their spans, and
/// instruction spans (continuation lines included). Deliberately small: enough for these tests.
/// </summary>
internal sealed class DockerfileLayout
{
    public List<(string Text, SourceSpan Span)> Comments { get; } = new();

    public List<SourceSpan> Instructions { get; } = new();

    public static DockerfileLayout Of(string text)
    {
        var layout = new DockerfileLayout();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        SourcePosition? open = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart().Length;
            var lineNumber = i + 1;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (line.TrimStart().StartsWith('#'))
            {
                layout.Comments.Add((line.Substring(indent), new SourceSpan(lineNumber, indent + 1, lineNumber, line.Length + 1)));
                continue;
            }

            open ??= new SourcePosition(lineNumber, indent + 1);
            if (!line.TrimEnd().EndsWith('\\'))
            {
                layout.Instructions.Add(new SourceSpan(open.Value, new SourcePosition(lineNumber, line.Length + 1)));
                open = null;
            }
        }

        return layout;
    }
}
