using System.Collections.Generic;
using System.Linq;
using System.Text;
using DockerSecurity.Analysis.Shell;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Shell;

/// <summary>Builds the <see cref="MappedText"/> a script arrives in, as the Dockerfile parser builds it.</summary>
internal static class ShellSource
{
    /// <summary>
    /// The command of a RUN instruction written in <paramref name="dockerfile"/> (its first line
    /// starts with <c>RUN</c>): the keyword and the blanks after it skipped, each continuation
    /// (a backslash, optional trailing blanks and the newline) removed, blank and comment lines
    /// inside the continuation skipped, and every remaining character mapped to its line and column.
    /// </summary>
    public static MappedText Run(string dockerfile, int firstLine = 1)
    {
        var lines = dockerfile.Replace("\r\n", "\n").Split('\n');
        var text = new StringBuilder();
        var positions = new List<SourcePosition>();
        var start = lines[0].IndexOf("RUN", System.StringComparison.Ordinal) + 3;
        while (start < lines[0].Length && (lines[0][start] == ' ' || lines[0][start] == '\t'))
        {
            start++;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var from = i == 0 ? start : 0;
            if (i > 0 && (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')))
            {
                continue;
            }

            var trimmed = line.TrimEnd(' ', '\t');
            var continues = trimmed.EndsWith('\\');
            var to = continues ? trimmed.Length - 1 : line.Length;
            for (var c = from; c < to; c++)
            {
                text.Append(line[c]);
                positions.Add(new SourcePosition(firstLine + i, c + 1));
            }

            if (!continues || i == lines.Length - 1)
            {
                positions.Add(new SourcePosition(firstLine + i, to + 1));
                break;
            }
        }

        return new MappedText(text.ToString(), positions);
    }

    /// <summary>Text kept as it is, newlines included (a here-document body), starting at <paramref name="firstLine"/>, column 1.</summary>
    public static MappedText Lines(string text, int firstLine = 1)
    {
        var positions = new List<SourcePosition>();
        var line = firstLine;
        var column = 1;
        foreach (var c in text)
        {
            positions.Add(new SourcePosition(line, column));
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        positions.Add(new SourcePosition(line, column));
        return new MappedText(text, positions);
    }

    /// <summary>A one-line script on line 1 from column 1.</summary>
    public static ShellScript Parse(string script, ShellParseOptions? options = null) =>
        ShellScript.Parse(Lines(script), options);

    /// <summary>The words' values, joined by '|' (a readable table cell).</summary>
    public static string Values(this IEnumerable<ShellWord> words) => string.Join("|", words.Select(w => w.Value));

    /// <summary>Each simple command as its words' values, commands joined by " ; ".</summary>
    public static string Commands(this ShellScript script) =>
        string.Join(" ; ", script.AllCommands.Select(c => string.Join(" ", c.Assignments.Select(a => a.Word.Value).Concat(c.Words.Select(w => w.Value)))));

    public static SimpleCommand Single(this ShellScript script)
    {
        Assert.That(script.AllCommands, Has.Count.EqualTo(1), script.Commands());
        return script.AllCommands[0];
    }

    public static SourceSpan At(int line, int column, int endLine, int endColumn) => new(line, column, endLine, endColumn);
}
