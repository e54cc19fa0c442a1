using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Dockerfiles;

/// <summary>Builds test Dockerfiles line by line, so that line endings never depend on how the test file was checked out.</summary>
internal static class DockerfileText
{
    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    public static DockerfileSyntax Parse(params string[] lines) => ParseText(Lines(lines));

    public static DockerfileSyntax ParseText(string text)
    {
        var result = DockerfileParser.Parse(new SourceFile("/src/Dockerfile", text));
        Assert.That(result.Error, Is.Null, () => result.Error!.ToString());
        return result.Syntax!;
    }

    public static DockerfileParseError ParseError(string text)
    {
        var result = DockerfileParser.Parse(new SourceFile("/src/Dockerfile", text));
        Assert.That(result.Syntax, Is.Null);
        return result.Error!;
    }

    public static SourceSpan Span(int line, int column, int endLine, int endColumn) => new(line, column, endLine, endColumn);
}
