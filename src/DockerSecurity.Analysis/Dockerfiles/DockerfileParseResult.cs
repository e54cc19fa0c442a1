namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>The syntax tree of a Dockerfile, or why Docker would refuse to parse it.</summary>
public sealed class DockerfileParseResult
{
    internal DockerfileParseResult(DockerfileSyntax? syntax, DockerfileParseError? error)
    {
        Syntax = syntax;
        Error = error;
    }

    /// <summary>Null when <see cref="Error"/> is set.</summary>
    public DockerfileSyntax? Syntax { get; }

    public DockerfileParseError? Error { get; }
}
