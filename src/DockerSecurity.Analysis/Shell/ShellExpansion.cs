using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Shell;

public enum ShellExpansionKind
{
    /// <summary><c>$NAME</c>, <c>$1</c>, <c>$@</c>, <c>${...}</c></summary>
    Parameter,

    /// <summary><c>$(...)</c> or a backquoted command.</summary>
    CommandSubstitution,

    /// <summary><c>$((...))</c></summary>
    Arithmetic,

    /// <summary><c>&lt;(...)</c> or <c>&gt;(...)</c></summary>
    ProcessSubstitution,

    /// <summary>
    /// Text that an enclosing shell expands before this one reads it (<c>$X</c> in
    /// <c>sh -c "echo $X"</c>): only the result reaches this shell.
    /// </summary>
    Outer,
}

/// <summary>An expansion inside a <see cref="ShellWord"/>.</summary>
public sealed class ShellExpansion
{
    internal ShellExpansion(ShellExpansionKind kind, string text, SourceSpan span, int valueStart, IReadOnlyList<Pipeline> body)
    {
        Kind = kind;
        Text = text;
        Span = span;
        ValueStart = valueStart;
        Body = body;
    }

    public ShellExpansionKind Kind { get; }

    /// <summary>The expansion as written, for example <c>$(curl -fsSL x)</c>.</summary>
    public string Text { get; }

    public SourceSpan Span { get; }

    /// <summary>Where <see cref="Text"/> starts in the word's <see cref="ShellWord.Value"/>.</summary>
    public int ValueStart { get; }

    /// <summary>The commands of a command or process substitution (empty for other kinds).</summary>
    public IReadOnlyList<Pipeline> Body { get; }

    public override string ToString() => Text;

    internal static readonly IReadOnlyList<Pipeline> NoBody = Array.Empty<Pipeline>();
}
