using System.Linq;
using System.Text;
using DockerSecurity.Analysis.Shell;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Shell;

/// <summary>A readable listing of what the parser found: one line per command, then its words with their spans.</summary>
internal static class ShellDump
{
    public static string Of(ShellScript script)
    {
        var text = new StringBuilder();
        foreach (var command in script.AllCommands)
        {
            text.Append(Span(command.Span)).Append(' ').Append(command.Origin);
            if (command.Parent is SimpleCommand parent)
            {
                text.Append(" of ").Append(parent.Name ?? "(assignment)");
            }
            else if (command.Parent is CompoundCommand compound)
            {
                text.Append(" of ").Append(compound.Kind);
            }

            text.Append(" then ").Append(command.Connector);
            if (command.PipefailEnabled)
            {
                text.Append(", pipefail");
            }

            if (command.Unwrapped.IsWrapped)
            {
                text.Append(", runs ").Append(command.Unwrapped.Name).Append(" via ").Append(string.Join(" ", command.Unwrapped.Wrappers.Select(w => w.Value)));
            }

            text.AppendLine();
            foreach (var assignment in command.Assignments)
            {
                text.Append("    = ").Append(Word(assignment.Word)).AppendLine();
            }

            foreach (var word in command.Words)
            {
                text.Append("    ").Append(Word(word)).AppendLine();
            }

            foreach (var redirection in command.Redirections)
            {
                text.Append("    ").Append(redirection.FileDescriptor).Append(redirection.Operator).Append(' ')
                    .Append(redirection.Target is { } target ? Word(target) : "(none)");
                if (redirection.HereDocument?.Body is { } body)
                {
                    text.Append(" body ").Append(Word(body));
                }

                text.AppendLine();
            }
        }

        foreach (var problem in script.Problems)
        {
            text.Append("problem ").Append(problem).AppendLine();
        }

        return text.ToString().Replace("\r\n", "\n");
    }

    private static string Word(ShellWord word)
    {
        var value = word.Value.Replace("\n", "\\n").Replace("\t", "\\t");
        var flags = (word.IsQuoted ? " quoted" : "") + (word.HasExpansion ? " expands" : "");
        return $"{value} {Span(word.Span)}{flags}";
    }

    private static string Span(SourceSpan span) => span.ToString();
}
