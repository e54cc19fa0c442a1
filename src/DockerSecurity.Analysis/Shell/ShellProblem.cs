using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Shell;

/// <summary>Something the shell would reject or that was not analysed (unterminated quote, nesting too deep), and where.</summary>
public sealed record ShellProblem(string Message, SourceSpan Span)
{
    public override string ToString() => $"{Span}: {Message}";
}
