using System;
using System.Collections.Generic;
using System.IO;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// The inline suppressions of one compose file: its comments, and the nodes a comment can apply
/// to (every mapping entry, key to end of value, and every sequence item). Read from the file as
/// written, not from the merged project, because a comment belongs to the file it is in.
/// </summary>
internal static class YamlSuppressionTargets
{
    public static SuppressionSet Read(SourceFile file)
    {
        var comments = new List<(string Text, SourceSpan Span)>();
        var targets = new List<SourceSpan>();
        if (file.Text.IndexOf("ignore", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            Scan(file.Text, comments, targets);
        }

        return SuppressionSet.Create(file.Path, comments, targets);
    }

    private static void Scan(string text, List<(string Text, SourceSpan Span)> comments, List<SourceSpan> targets)
    {
        var lines = new LineMap(text);
        var stack = new Stack<Frame>();
        stack.Push(new Frame(isMapping: false, start: 0, isRoot: true));
        var parser = new Parser(new Scanner(new StringReader(text), skipComments: false));
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case Comment comment:
                        comments.Add((comment.Value, Span(lines, (int)comment.Start.Index, (int)comment.End.Index)));
                        break;
                    case MappingStart or SequenceStart:
                        var start = (int)parser.Current.Start.Index;
                        stack.Peek().ChildStarts(start);
                        stack.Push(new Frame(parser.Current is MappingStart, start, isRoot: false));
                        break;
                    case MappingEnd or SequenceEnd:
                        var closed = stack.Pop();
                        stack.Peek().ChildEnds(closed.LastEnd, lines, targets);
                        break;
                    case Scalar or AnchorAlias:
                        var node = parser.Current;
                        stack.Peek().ChildStarts((int)node.Start.Index);
                        stack.Peek().ChildEnds((int)node.End.Index, lines, targets);
                        break;
                }
            }
        }
        catch (YamlException)
        {
            // The loader reports broken YAML (DKS0002); comments read before the error still count.
        }
    }

    private static SourceSpan Span(LineMap lines, int start, int end) => new(lines.PositionOf(start), lines.PositionOf(end));

    private sealed class Frame
    {
        private readonly bool _isMapping;
        private readonly bool _isRoot;
        private bool _keyNext = true;
        private int _childStart;

        public Frame(bool isMapping, int start, bool isRoot)
        {
            _isMapping = isMapping;
            _isRoot = isRoot;
            LastEnd = start;
        }

        /// <summary>Where the last child ended: the end of a block collection, without the blank lines after it.</summary>
        public int LastEnd { get; private set; }

        public void ChildStarts(int start)
        {
            if (!_isMapping || _keyNext)
            {
                _childStart = start;
            }
        }

        public void ChildEnds(int end, LineMap lines, List<SourceSpan> targets)
        {
            LastEnd = end;
            if (_isRoot)
            {
                return;
            }

            if (_isMapping && _keyNext)
            {
                _keyNext = false;
                return;
            }

            targets.Add(Span(lines, _childStart, end));
            _keyNext = true;
        }
    }
}
