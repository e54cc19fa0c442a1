using System;
using DockerSecurity.Analysis.Dockerfiles.Parsing;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>
/// Parses a Dockerfile the way Docker's own parser (moby/buildkit frontend/dockerfile/parser) does:
/// same directives, escapes, continuations, comments, JSON forms, flags and heredocs, and the same
/// errors; in addition every piece carries its source span. Linear in the size of the file.
/// </summary>
public static class DockerfileParser
{
    /// <summary>Never throws: whatever the text, the result is a syntax tree or an error with a span.</summary>
    public static DockerfileParseResult Parse(SourceFile file)
    {
        try
        {
            return new DockerfileReader(file).Read();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug here must cost one file's analysis, never the build.
            return new DockerfileParseResult(
                null,
                new DockerfileParseError("internal parser error: " + exception.Message, new SourceSpan(1, 1, 1, 1)));
        }
    }

    /// <summary>Parses text that has no file (tests, tools).</summary>
    public static DockerfileParseResult Parse(string text) => Parse(new SourceFile("Dockerfile", text));
}
