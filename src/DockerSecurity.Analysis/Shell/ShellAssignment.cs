using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Shell;

/// <summary>A <c>NAME=value</c> (or <c>NAME+=value</c>) word: before a command, or an argument of <c>env</c>.</summary>
public sealed class ShellAssignment
{
    private readonly int _valueStart;

    internal ShellAssignment(ShellWord word, string name, bool isAppend)
    {
        Word = word;
        Name = name;
        IsAppend = isAppend;
        _valueStart = name.Length + (isAppend ? 2 : 1);
    }

    public ShellWord Word { get; }

    public string Name { get; }

    /// <summary>The value after quote removal, expansions kept as written.</summary>
    public string Value => Word.Value.Substring(_valueStart);

    public bool IsAppend { get; }

    public SourceSpan NameSpan => Word.ValueSpan(0, Name.Length);

    public SourceSpan ValueSpan => Word.ValueSpan(_valueStart, Word.Value.Length - _valueStart);

    public SourceSpan Span => Word.Span;

    public override string ToString() => Word.Text;

    /// <summary>Reads <c>NAME=value</c> when the name is written plainly (a quoted name is not an assignment).</summary>
    internal static ShellAssignment? TryRead(ShellWord word)
    {
        var text = word.Text;
        var value = word.Value;
        var length = 0;
        while (length < text.Length && IsNameChar(text[length], length == 0))
        {
            length++;
        }

        if (length == 0 || length >= text.Length)
        {
            return null;
        }

        var isAppend = text[length] == '+' && length + 1 < text.Length && text[length + 1] == '=';
        if (!isAppend && text[length] != '=')
        {
            return null;
        }

        // The plain name is the same in Text and Value, so Value's prefix is the name too.
        return new ShellAssignment(word, value.Substring(0, length), isAppend);
    }

    internal static bool IsNameChar(char c, bool first) =>
        c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (!first && c >= '0' && c <= '9');
}
