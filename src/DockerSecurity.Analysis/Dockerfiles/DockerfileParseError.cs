using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>A Dockerfile that Docker's parser rejects: Docker's message and the offending region.</summary>
public sealed class DockerfileParseError
{
    public DockerfileParseError(string message, SourceSpan span)
    {
        Message = message;
        Span = span;
    }

    public string Message { get; }

    public SourceSpan Span { get; }

    public override string ToString() => $"{Span.Start}: {Message}";
}
