using System.Collections.Generic;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Shell;

/// <summary>
/// A recursive-descent parser with the lexer built in, as shells are written: reading a word can
/// start a nested parse (<c>$(...)</c>), and which words are keywords depends on the grammar's
/// position. One pass, one token of lookahead; nested texts (backquotes, <c>sh -c</c> bodies) get
/// their own parser sharing the <see cref="ParseContext"/>.
/// </summary>
internal sealed partial class ShellParser
{
    private readonly MappedText _map;
    private readonly string _text;
    private readonly bool[]? _fromOuterExpansion;
    private readonly ParseContext _ctx;
    private readonly List<PendingHereDocument> _pendingHereDocuments = new();

    private int _pos;
    private int _end;
    private bool _hasPeeked;
    private Token _peeked;
    private int _lastTokenEnd;

    // Where the commands being parsed live.
    private ShellScope _scope;
    private CommandOrigin _origin;
    private ShellCommand? _contextParent;

    // The command whose words are being read (null: the command about to start, see Owner).
    private ShellCommand? _wordOwner;
    private SimpleCommand? _pendingOwner;

    // How many enclosing constructs wait for each kind of closing token.
    private int[] _closers = new int[ClosingKinds];

    private ShellParser(MappedText map, bool[]? fromOuterExpansion, ParseContext ctx, ShellScope scope, CommandOrigin origin, ShellCommand? parent)
    {
        _map = map;
        _text = map.Text;
        _fromOuterExpansion = fromOuterExpansion;
        _ctx = ctx;
        _end = _text.Length;
        _scope = scope;
        _origin = origin;
        _contextParent = parent;
    }

    public static ShellScript Parse(MappedText script, ShellParseOptions options)
    {
        var ctx = new ParseContext(options);
        var pipelines = new List<Pipeline>();
        try
        {
            new ShellParser(script, null, ctx, new ShellScope(options.Pipefail), CommandOrigin.Script, null).ParseScript(pipelines);
        }
        catch (System.Exception exception) when (exception is not System.OutOfMemoryException)
        {
            // A parser bug must not break the build: keep what was parsed and say where it stopped.
            ctx.Problems.Add(new ShellProblem($"internal error in the shell parser ({exception.GetType().Name}: {exception.Message})", script.GetSpan(0, 0)));
        }

        return new ShellScript(script, pipelines, ctx.Commands, ctx.Pipelines, ctx.Problems);
    }

    private void ParseScript(List<Pipeline> into)
    {
        ParseList(into);
        foreach (var pending in _pendingHereDocuments)
        {
            Report("the here-document has no body: a newline must follow the command", pending.Redirection.Span);
        }

        _pendingHereDocuments.Clear();
    }

    /// <summary>Parses a nested text (backquotes, an inline script) with its own parser.</summary>
    private List<Pipeline> ParseNestedText(MappedText text, bool[]? fromOuterExpansion, ShellScope scope, CommandOrigin origin, ShellCommand parent)
    {
        var pipelines = new List<Pipeline>();
        new ShellParser(text, fromOuterExpansion, _ctx, scope, origin, parent).ParseScript(pipelines);
        return pipelines;
    }

    private bool AtEnd => _pos >= _end || _ctx.Abandoned;

    private bool IsFromOuterExpansion(int offset) => _fromOuterExpansion is not null && offset < _fromOuterExpansion.Length && _fromOuterExpansion[offset];

    /// <summary>The character at <paramref name="offset"/>, or '\0' past the end or where an outer expansion's result stands.</summary>
    private char CharAt(int offset) => offset < _end && !IsFromOuterExpansion(offset) ? _text[offset] : '\0';

    private bool Enter(int start, int length)
    {
        if (_ctx.Abandoned)
        {
            return false;
        }

        if (_ctx.Depth >= _ctx.Options.MaxNestingDepth)
        {
            _ctx.Abandon(Span(start, start + length));
            return false;
        }

        _ctx.Depth++;
        return true;
    }

    private void Leave() => _ctx.Depth--;

    private SourceSpan Span(int start, int end)
    {
        start = System.Math.Min(System.Math.Max(start, 0), _text.Length);
        end = System.Math.Min(System.Math.Max(end, start), _text.Length);
        return _map.GetSpan(start, end - start);
    }

    private void Report(string message, int start, int end) => _ctx.Report(message, Span(start, end));

    private void Report(string message, SourceSpan span) => _ctx.Report(message, span);

    /// <summary>The command a word being read belongs to (made in advance for a command's first word).</summary>
    private ShellCommand Owner => _wordOwner ?? (_pendingOwner ??= new SimpleCommand());

    private sealed class PendingHereDocument
    {
        public PendingHereDocument(ShellRedirection redirection, ShellCommand owner)
        {
            Redirection = redirection;
            Owner = owner;
        }

        public ShellRedirection Redirection { get; }

        public ShellCommand Owner { get; }
    }
}
