using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Shell;

/// <summary>
/// One word as the shell splits it, before expansion: <see cref="Value"/> is the word with its
/// quotes and escapes removed, expansions (<c>$VAR</c>, <c>$(...)</c>) kept as they are written.
/// </summary>
public sealed class ShellWord
{
    private readonly int[] _valueOffsets;
    private readonly bool[]? _expansionChars;

    internal ShellWord(
        MappedText source,
        int start,
        int end,
        string value,
        int[] valueOffsets,
        bool[]? expansionChars,
        bool isQuoted,
        IReadOnlyList<ShellExpansion> expansions)
    {
        Source = source;
        Start = start;
        End = end;
        Value = value;
        _valueOffsets = valueOffsets;
        _expansionChars = expansionChars;
        IsQuoted = isQuoted;
        Expansions = expansions;
    }

    /// <summary>The word after quote removal, expansions kept as written (<c>"a b"$X</c> is <c>a b$X</c>).</summary>
    public string Value { get; }

    /// <summary>The word as written, quotes included (inside <c>sh -c "..."</c> or backquotes: as that shell reads it, the outer escapes removed).</summary>
    public string Text => Source.Text.Substring(Start, End - Start);

    public SourceSpan Span => Source.GetSpan(Start, End - Start);

    /// <summary>Some part of the word is quoted or escaped.</summary>
    public bool IsQuoted { get; }

    /// <summary>The word holds an expansion, so its value at run time is not known.</summary>
    public bool HasExpansion => _expansionChars is not null;

    /// <summary>The word is the same before and after expansion (no <c>$</c>, backquote or process substitution).</summary>
    public bool IsLiteral => !HasExpansion;

    /// <summary>The expansions written in the word, outermost only, in order.</summary>
    public IReadOnlyList<ShellExpansion> Expansions { get; }

    internal MappedText Source { get; }

    /// <summary>Offset of the word's first character in <see cref="Source"/>.</summary>
    internal int Start { get; }

    internal int End { get; }

    /// <summary>The source span of the characters <c>Value[start .. start + length)</c>.</summary>
    public SourceSpan ValueSpan(int start, int length)
    {
        if (start < 0 || length < 0 || start + length > Value.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start));
        }

        if (length == 0)
        {
            var at = Source.PositionAt(start < Value.Length ? _valueOffsets[start] : End);
            return new SourceSpan(at, at);
        }

        var first = Source.PositionAt(_valueOffsets[start]);
        var last = Source.PositionAt(_valueOffsets[start + length - 1]);
        return new SourceSpan(first, new SourcePosition(last.Line, last.Column + 1));
    }

    /// <summary>Whether <c>Value[index]</c> came from an expansion rather than from literal text.</summary>
    public bool IsExpansionAt(int index) => _expansionChars is not null && _expansionChars[index];

    /// <summary>
    /// The value as text a nested shell reads (<c>sh -c '...'</c>): each character still maps to
    /// its own source position, and <paramref name="fromExpansion"/> marks characters that the
    /// outer shell expands (the nested shell sees their result, not their text).
    /// </summary>
    internal MappedText ValueAsText(out bool[]? fromExpansion)
    {
        var positions = new SourcePosition[Value.Length + 1];
        for (var i = 0; i < Value.Length; i++)
        {
            positions[i] = Source.PositionAt(_valueOffsets[i]);
        }

        positions[Value.Length] = Value.Length == 0 ? Source.PositionAt(Start) : Source.PositionAt(Math.Min(_valueOffsets[Value.Length - 1] + 1, Source.Length));
        fromExpansion = _expansionChars;
        return new MappedText(Value, positions);
    }

    public override string ToString() => Text;
}
