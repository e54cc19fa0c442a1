using System;
using DockerSecurity.Analysis.Shell;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Rules.Secrets;

/// <summary>
/// One word of a command line, from a shell script or an exec-form list: its value (quotes
/// removed), which of its characters are only known at run time, and where each part is written.
/// </summary>
internal sealed class ArgumentWord
{
    private readonly Func<int, bool> _isDynamicAt;
    private readonly Func<int, int, SourceSpan> _spanOf;

    public ArgumentWord(string value, Func<int, bool> isDynamicAt, Func<int, int, SourceSpan> spanOf)
    {
        Value = value;
        _isDynamicAt = isDynamicAt;
        _spanOf = spanOf;
    }

    public string Value { get; }

    /// <summary>A shell word; <paramref name="map"/> turns its spans into the reported ones (identity for a Dockerfile).</summary>
    public static ArgumentWord FromShell(ShellWord word, Func<SourceSpan, SourceSpan>? map = null) =>
        new(word.Value, word.IsExpansionAt, (start, length) => map is null ? word.ValueSpan(start, length) : map(word.ValueSpan(start, length)));

    /// <summary>A word that is not read by a shell (an exec-form item): any <c>$</c> makes it unknown, as Compose would interpolate it.</summary>
    public static ArgumentWord Plain(string value, Func<int, int, SourceSpan> spanOf)
    {
        var dynamic = value.IndexOf('$') >= 0;
        return new ArgumentWord(value, _ => dynamic, spanOf);
    }

    /// <summary>Whether every character of <c>Value[start .. start + length)</c> is written literally.</summary>
    public bool IsLiteral(int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (_isDynamicAt(i))
            {
                return false;
            }
        }

        return true;
    }

    public SourceSpan SpanOf(int start, int length) => _spanOf(start, length);

    public override string ToString() => Value;
}
