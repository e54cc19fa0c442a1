using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Shell;

/// <summary>One option found by <see cref="CommandArguments"/>: <c>-y</c> out of <c>-qy</c>, <c>--opt=value</c>, <c>-o value</c>.</summary>
public sealed class CommandOption
{
    internal CommandOption(string name, string? value, ShellWord word, ShellWord? valueWord)
    {
        Name = name;
        Value = value;
        Word = word;
        ValueWord = valueWord;
    }

    /// <summary>The option's name with its dashes: <c>-y</c>, <c>--yes</c>.</summary>
    public string Name { get; }

    /// <summary>Its value (<c>--opt=value</c>, <c>-ovalue</c>, <c>-o value</c>), or null for a flag.</summary>
    public string? Value { get; }

    /// <summary>The word the option is written in (<c>-qy</c> for <c>-y</c>).</summary>
    public ShellWord Word { get; }

    /// <summary>The word that holds the value: <see cref="Word"/> itself when attached, the next word when separate.</summary>
    public ShellWord? ValueWord { get; }

    /// <summary>The option's word, and its value's word when that is separate.</summary>
    public SourceSpan Span => ValueWord is not null && !ReferenceEquals(ValueWord, Word) ? Word.Span.Union(ValueWord.Span) : Word.Span;

    public override string ToString() => Value is null ? Name : $"{Name}={Value}";
}
