using System.Collections.Generic;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>A parsed Dockerfile: its instructions, parser directives and comments, all with spans.</summary>
public sealed class DockerfileSyntax
{
    internal DockerfileSyntax(
        SourceFile file,
        IReadOnlyList<Instruction> instructions,
        IReadOnlyList<ParserDirective> directives,
        IReadOnlyList<DockerfileComment> comments,
        IReadOnlyList<SourceSpan> emptyContinuationLines,
        char escapeToken)
    {
        File = file;
        Instructions = instructions;
        Directives = directives;
        Comments = comments;
        EmptyContinuationLines = emptyContinuationLines;
        EscapeToken = escapeToken;
    }

    public SourceFile File { get; }

    public IReadOnlyList<Instruction> Instructions { get; }

    /// <summary>The parser directives at the top of the file (<c># syntax=</c>, <c># escape=</c>, <c># check=</c>).</summary>
    public IReadOnlyList<ParserDirective> Directives { get; }

    /// <summary>Every comment line, in file order, including those between continuation lines (not directives, not heredoc bodies).</summary>
    public IReadOnlyList<DockerfileComment> Comments { get; }

    /// <summary>Blank lines inside a continued instruction, which Docker warns will become errors.</summary>
    public IReadOnlyList<SourceSpan> EmptyContinuationLines { get; }

    /// <summary><c>\</c> by default, <c>`</c> after <c># escape=`</c>.</summary>
    public char EscapeToken { get; }

    /// <summary>The directive named <paramref name="name"/> (lower case), or null.</summary>
    public ParserDirective? GetDirective(string name)
    {
        foreach (var directive in Directives)
        {
            if (directive.Name == name)
            {
                return directive;
            }
        }

        return null;
    }
}
