using System;
using System.Collections.Generic;
using System.IO;
using DockerSecurity.Analysis.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// Builds <see cref="ComposeNode"/> trees from YamlDotNet's event parser. The representation model
/// (YamlStream) is not used because it recurses once per nesting level (a deep file would overflow
/// the stack, which no catch can stop) and it forgets where aliases stand; here nesting, alias
/// uses and expanded size are counted as the events arrive, and the file is given up (DKS0004)
/// as soon as a limit is passed.
/// </summary>
internal sealed class YamlTreeReader
{
    private readonly string _text;
    private readonly string _path;
    private readonly ComposeDocumentContext _context;
    private readonly ComposeLimits _limits;
    private readonly ComposeDiagnostics _diagnostics;
    private readonly LineMap _lines;
    private readonly Stack<Frame> _stack = new();
    private readonly Dictionary<string, ComposeNode> _anchors = new(StringComparer.Ordinal);
    private readonly HashSet<ComposeScalar> _checkedScalars = new();
    private readonly List<ComposeNode?> _documents = new();
    private ComposeNode? _root;
    private int _aliases;
    private long _expanded;
    private int _lastIndex;
    private int _lastScalarEnd; // end offset of the last origin computed (the scalar just made)

    private YamlTreeReader(SourceFile file, ComposeDocumentContext context, ComposeLimits limits, ComposeDiagnostics diagnostics)
    {
        _text = file.Text;
        _path = file.Path;
        _context = context;
        _limits = limits;
        _diagnostics = diagnostics;
        _lines = new LineMap(_text);
    }

    /// <summary>The documents of the file (null for an empty one), or null when the file cannot be used at all.</summary>
    public static IReadOnlyList<ComposeNode?>? Read(SourceFile file, ComposeDocumentContext context, ComposeLimits limits, ComposeDiagnostics diagnostics) =>
        new YamlTreeReader(file, context, limits, diagnostics).Run();

    private IReadOnlyList<ComposeNode?>? Run()
    {
        var parser = new Parser(new StringReader(_text));
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                _lastIndex = Math.Max(_lastIndex, (int)Math.Min(current.End.Index, _text.Length));
                if (!Handle(current))
                {
                    return null;
                }
            }
        }
        catch (YamlException exception)
        {
            var start = Position((int)Math.Min(exception.Start.Index, _text.Length));
            _diagnostics.NotCompose(_path, new SourceSpan(start, start), $"'{FileName}' is not valid YAML: {Clean(exception.Message)}.");
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            // YamlDotNet occasionally fails with a bare InvalidOperationException (an unclosed flow collection).
            var at = Position(_lastIndex);
            _diagnostics.NotCompose(_path, new SourceSpan(at, at), $"'{FileName}' is not valid YAML: the parser stopped at an unexpected token.");
            return null;
        }

        return _documents;
    }

    private string FileName => Path.GetFileName(_path);

    private bool Handle(ParsingEvent e)
    {
        switch (e)
        {
            case DocumentStart:
                _anchors.Clear();
                _root = null;
                return true;
            case DocumentEnd:
                _documents.Add(_root);
                return true;
            case Scalar scalar:
                if (!Count(1, scalar.Start))
                {
                    return false;
                }

                var made = MakeScalar(scalar);
                return Add(made, Anchor(scalar.Anchor), isAlias: false, _lastScalarEnd);
            case AnchorAlias alias:
                return AddAlias(alias);
            case SequenceStart sequence:
                return Push(new Frame(false, sequence.Start, Anchor(sequence.Anchor), Tag(sequence.Tag), sequence.Style == SequenceStyle.Flow));
            case MappingStart mapping:
                return Push(new Frame(true, mapping.Start, Anchor(mapping.Anchor), Tag(mapping.Tag), mapping.Style == MappingStyle.Flow));
            case SequenceEnd:
            case MappingEnd:
                return Pop(e);
            default:
                return true;
        }
    }

    private bool Push(Frame frame)
    {
        if (_stack.Count >= _limits.MaxDepth)
        {
            var at = Position((int)frame.Start.Index);
            _diagnostics.Skipped(_path, new SourceSpan(at, at), $"'{FileName}' is skipped: it nests mappings and lists deeper than {_limits.MaxDepth} levels.");
            return false;
        }

        _stack.Push(frame);
        return Count(1, frame.Start);
    }

    private bool Pop(ParsingEvent end)
    {
        var frame = _stack.Pop();
        var startIndex = ContentStart((int)frame.Start.Index, frame.Anchor is not null || frame.Tag is not null);
        var endIndex = frame.IsFlow ? (int)end.Start.Index + 1 : Math.Max(frame.LastEnd, startIndex);
        var origin = Origin(startIndex, endIndex);
        ComposeNode node;
        if (frame.IsMapping)
        {
            var entries = frame.BuildEntries(this);
            if (entries is null)
            {
                return false;
            }

            node = new ComposeMapping(origin, frame.Tag, _context, entries);
        }
        else
        {
            node = new ComposeSequence(origin, frame.Tag, _context, frame.Items);
        }

        return Add(node, frame.Anchor, isAlias: false, TrimEnd(startIndex, endIndex));
    }

    private bool AddAlias(AnchorAlias alias)
    {
        var at = Origin((int)alias.Start.Index, (int)alias.End.Index);
        if (!_anchors.TryGetValue(alias.Value.Value, out var target))
        {
            _diagnostics.NotCompose(_path, at.Span, $"'{FileName}' is not valid YAML: the alias '*{alias.Value.Value}' refers to no anchor defined before it.");
            return false;
        }

        if (++_aliases > _limits.MaxAliases)
        {
            _diagnostics.Skipped(_path, at.Span, $"'{FileName}' is skipped: it uses more than {_limits.MaxAliases:N0} aliases.");
            return false;
        }

        if (!Count(target.Weight, alias.Start))
        {
            return false;
        }

        return Add(target, null, isAlias: true, (int)alias.End.Index);
    }

    private bool Count(long nodes, Mark at)
    {
        _expanded += nodes;
        if (_expanded > _limits.MaxExpandedNodes)
        {
            var position = Position((int)at.Index);
            _diagnostics.Skipped(_path, new SourceSpan(position, position), $"'{FileName}' is skipped: its aliases expand to more than {_limits.MaxExpandedNodes:N0} nodes.");
            return false;
        }

        return true;
    }

    private bool Add(ComposeNode node, string? anchor, bool isAlias, int end)
    {
        if (anchor is not null)
        {
            _anchors[anchor] = node;
        }

        if (_stack.Count == 0)
        {
            CheckValue(node);
            _root = node;
            return true;
        }

        var parent = _stack.Peek();
        parent.LastEnd = Math.Max(parent.LastEnd, end);
        if (!parent.IsMapping)
        {
            CheckValue(node);
            parent.Items.Add(node);
            return true;
        }

        if (parent.PendingKey is null)
        {
            if (node is not ComposeScalar key)
            {
                _diagnostics.NotCompose(_path, node.Origin.Span, $"'{FileName}' is not a compose file: a mapping key must be a string, not {ComposeNode.DescribeKind(node)}.");
                return false;
            }

            parent.PendingKey = key;
            return true;
        }

        CheckValue(node);
        parent.AddValue(node);
        return true;
    }

    /// <summary>Values (never keys) are interpolated: report a broken template once per scalar.</summary>
    private void CheckValue(ComposeNode node)
    {
        if (node is ComposeScalar { InterpolationError: { } error } scalar && _checkedScalars.Add(scalar))
        {
            _diagnostics.InvalidValue(scalar.Origin, $"'{Truncate(scalar.Raw)}' is not a valid interpolation: {error}.");
        }
    }

    private ComposeScalar MakeScalar(Scalar e)
    {
        var value = e.Value;
        var endIndex = Math.Min((int)e.End.Index, _text.Length);
        var startIndex = Math.Min((int)e.Start.Index, endIndex);
        var style = e.Style switch
        {
            ScalarStyle.SingleQuoted => ComposeScalarStyle.SingleQuoted,
            ScalarStyle.DoubleQuoted => ComposeScalarStyle.DoubleQuoted,
            ScalarStyle.Literal => ComposeScalarStyle.Literal,
            ScalarStyle.Folded => ComposeScalarStyle.Folded,
            _ => ComposeScalarStyle.Plain,
        };

        var hasNewline = value.IndexOf('\n') >= 0 || value.IndexOf('\r') >= 0;
        if (!hasNewline && value.Length > 0)
        {
            if (style == ComposeScalarStyle.Plain && endIndex - value.Length >= startIndex
                && string.CompareOrdinal(_text, endIndex - value.Length, value, 0, value.Length) == 0)
            {
                var first = Position(endIndex - value.Length);
                _lastScalarEnd = endIndex;
                return new ComposeScalar(value, style, Tag(e.Tag), new ComposeOrigin(_path, new SourceSpan(first, Position(endIndex))), first, _context);
            }

            if ((style == ComposeScalarStyle.SingleQuoted || style == ComposeScalarStyle.DoubleQuoted)
                && endIndex - value.Length - 2 >= startIndex
                && string.CompareOrdinal(_text, endIndex - 1 - value.Length, value, 0, value.Length) == 0)
            {
                var first = Position(endIndex - 1 - value.Length);
                var span = new SourceSpan(Position(endIndex - 2 - value.Length), Position(endIndex));
                _lastScalarEnd = endIndex;
                return new ComposeScalar(value, style, Tag(e.Tag), new ComposeOrigin(_path, span), first, _context);
            }
        }

        var contentStart = ContentStart(startIndex, !e.Anchor.IsEmpty || Tag(e.Tag) is not null);
        return new ComposeScalar(value, style, Tag(e.Tag), Origin(contentStart, Math.Max(contentStart, endIndex)), null, _context);
    }

    /// <summary>Skips a leading tag and anchor (<c>!reset &amp;x</c>) so a span starts at the value itself.</summary>
    private int ContentStart(int index, bool hasProperties)
    {
        if (!hasProperties)
        {
            return index;
        }

        var i = index;
        while (i < _text.Length && (_text[i] == '!' || _text[i] == '&'))
        {
            while (i < _text.Length && !char.IsWhiteSpace(_text[i]) && _text[i] != ',' && _text[i] != ']' && _text[i] != '}')
            {
                i++;
            }

            while (i < _text.Length && char.IsWhiteSpace(_text[i]))
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>A span ends after its last visible character (block scalars and mappings end at the next line's start in YamlDotNet).</summary>
    private ComposeOrigin Origin(int start, int end)
    {
        end = TrimEnd(start, end);
        _lastScalarEnd = end;
        return new ComposeOrigin(_path, new SourceSpan(Position(start), Position(end)));
    }

    private int TrimEnd(int start, int end)
    {
        end = Math.Min(end, _text.Length);
        while (end > start && (_text[end - 1] == '\n' || _text[end - 1] == '\r' || _text[end - 1] == ' ' || _text[end - 1] == '\t'))
        {
            end--;
        }

        return end;
    }

    private SourcePosition Position(int index) => _lines.PositionOf(Math.Max(0, Math.Min(index, _text.Length)));

    private static string? Anchor(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

    private static string? Tag(TagName tag) => tag.IsEmpty || tag.IsNonSpecific ? null : tag.Value;

    private static string Clean(string message)
    {
        message = message.Trim();
        if (message.EndsWith(".", StringComparison.Ordinal))
        {
            message = message.Substring(0, message.Length - 1);
        }

        return message.Length > 0 ? char.ToLowerInvariant(message[0]) + message.Substring(1) : "the parser gave no reason";
    }

    internal static string Truncate(string value) => value.Length <= 60 ? value : value.Substring(0, 57) + "...";

    private bool ReportDuplicateKey(ComposeScalar key, ComposeOrigin first)
    {
        _diagnostics.NotCompose(_path, key.Origin.Span, $"'{FileName}' is not valid YAML: the key '{Truncate(key.Raw)}' is defined twice in one mapping (first on line {first.Span.StartLine}).");
        return true;
    }

    private bool ReportBadMerge(ComposeNode value)
    {
        _diagnostics.NotCompose(_path, value.Origin.Span, $"'{FileName}' is not valid YAML: a merge key '<<' needs a mapping or a list of mappings, not {ComposeNode.DescribeKind(value)}.");
        return false;
    }

    private sealed class Frame
    {
        private readonly List<object> _parts = new();

        public Frame(bool isMapping, Mark start, string? anchor, string? tag, bool isFlow)
        {
            IsMapping = isMapping;
            Start = start;
            Anchor = anchor;
            Tag = tag;
            IsFlow = isFlow;
        }

        public bool IsMapping { get; }

        public Mark Start { get; }

        public string? Anchor { get; }

        public string? Tag { get; }

        public bool IsFlow { get; }

        public int LastEnd { get; set; }

        public ComposeScalar? PendingKey { get; set; }

        public List<ComposeNode> Items { get; } = new();

        public void AddValue(ComposeNode value)
        {
            _parts.Add((PendingKey!, value));
            PendingKey = null;
        }

        /// <summary>
        /// Applies merge keys as YAML 1.1 (and Compose) define them: keys written in the mapping win
        /// over merged ones, and in <c>&lt;&lt;: [*a, *b]</c> the earlier mapping wins.
        /// </summary>
        public List<ComposeEntry>? BuildEntries(YamlTreeReader reader)
        {
            var explicitIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            var ordered = new List<object>(_parts.Count);
            foreach (var part in _parts)
            {
                var (key, value) = ((ComposeScalar, ComposeNode))part;
                if (IsMergeKey(key))
                {
                    var sources = new List<ComposeMapping>();
                    switch (value)
                    {
                        case ComposeMapping single:
                            sources.Add(single);
                            break;
                        case ComposeSequence list:
                            foreach (var item in list.Items)
                            {
                                if (item is not ComposeMapping mapping)
                                {
                                    return reader.ReportBadMerge(item) ? null : null;
                                }

                                sources.Add(mapping);
                            }

                            break;
                        default:
                            return reader.ReportBadMerge(value) ? null : null;
                    }

                    ordered.Add(sources);
                    continue;
                }

                var entry = new ComposeEntry(key.Raw, key.Origin, value);
                if (explicitIndex.TryGetValue(key.Raw, out var existing))
                {
                    reader.ReportDuplicateKey(key, ((ComposeEntry)ordered[existing]).KeyOrigin);
                    ordered[existing] = entry;
                    continue;
                }

                explicitIndex[key.Raw] = ordered.Count;
                ordered.Add(entry);
            }

            var entries = new List<ComposeEntry>(ordered.Count);
            HashSet<string>? merged = null;
            foreach (var item in ordered)
            {
                if (item is ComposeEntry entry)
                {
                    entries.Add(entry);
                    continue;
                }

                merged ??= new HashSet<string>(StringComparer.Ordinal);
                foreach (var source in (List<ComposeMapping>)item)
                {
                    foreach (var inherited in source.Entries)
                    {
                        if (!explicitIndex.ContainsKey(inherited.Key) && merged.Add(inherited.Key))
                        {
                            entries.Add(inherited);
                        }
                    }
                }
            }

            return entries;
        }

        private static bool IsMergeKey(ComposeScalar key) =>
            key.Style == ComposeScalarStyle.Plain && key.Raw == "<<" && (key.Tag is null || key.Tag == "tag:yaml.org,2002:merge");
    }
}
