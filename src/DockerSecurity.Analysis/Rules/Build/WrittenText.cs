using DockerSecurity.Analysis.Shell;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>Text that a build step writes into a file (an <c>echo</c> argument, a here-document), with the source span of any part of it.</summary>
internal sealed class WrittenText
{
    private readonly ShellWord? _word;
    private readonly MappedText? _mapped;

    public WrittenText(ShellWord word)
    {
        _word = word;
        Text = word.Value;
    }

    public WrittenText(MappedText mapped)
    {
        _mapped = mapped;
        Text = mapped.Text;
    }

    public string Text { get; }

    public SourceSpan SpanOf(int start, int length) =>
        _word is not null ? _word.ValueSpan(start, length) : _mapped!.GetSpan(start, length);

    public override string ToString() => Text;
}
