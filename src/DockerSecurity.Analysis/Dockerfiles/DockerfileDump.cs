using System.Collections.Generic;
using System.Text;
using DockerSecurity.Analysis.Dockerfiles.Parsing;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>
/// Renders a syntax tree in Docker's parser dump format (buildkit <c>Node.Dump()</c>), one line per
/// instruction: <c>(copy ["--from=build"] "a" "/b")</c>. Used to check conformance against
/// Docker's own test corpus.
/// </summary>
public static class DockerfileDump
{
    /// <summary>The dump of every instruction, each line ending with a line feed (Docker's <c>Dump() + "\n"</c>).</summary>
    public static string Render(DockerfileSyntax syntax)
    {
        var builder = new StringBuilder();
        foreach (var instruction in syntax.Instructions)
        {
            builder.Append('(').Append(Render(instruction)).Append(")\n");
        }

        return builder.ToString();
    }

    /// <summary>One instruction, without the enclosing parentheses.</summary>
    public static string Render(Instruction instruction)
    {
        var builder = new StringBuilder();
        builder.Append(instruction.RawKeyword.ToLowerInvariant());
        if (instruction.Flags.Count > 0)
        {
            builder.Append(' ');
            var flags = new List<string>(instruction.Flags.Count);
            foreach (var flag in instruction.Flags)
            {
                flags.Add(flag.Text);
            }

            GoText.AppendQuotedList(builder, flags);
        }

        switch (instruction.IsKnown ? instruction.Keyword : string.Empty)
        {
            case InstructionKeywords.Env:
            case InstructionKeywords.Label:
                foreach (var pair in instruction.KeyValues)
                {
                    AppendValue(builder, pair.Key);
                    AppendValue(builder, pair.Value ?? string.Empty);
                    AppendValue(builder, pair.IsLegacyForm ? string.Empty : "=");
                }

                break;
            case InstructionKeywords.Onbuild:
                if (instruction.OnBuild is not null)
                {
                    builder.Append(" (").Append(Render(instruction.OnBuild)).Append(')');
                }

                break;
            case "":
                // Docker keeps no arguments for an instruction it does not know: one empty node.
                AppendValue(builder, string.Empty);
                break;
            default:
                foreach (var argument in instruction.Arguments)
                {
                    AppendValue(builder, argument.Value);
                }

                break;
        }

        var text = builder.ToString();
        var start = 0;
        var end = text.Length;
        GoText.TrimSpace(text, ref start, ref end);
        return text.Substring(start, end - start);
    }

    private static void AppendValue(StringBuilder builder, string value)
    {
        builder.Append(' ');
        GoText.AppendQuoted(builder, value);
    }
}
