using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>
/// A file a build step writes and the text it may write there: <c>echo '...' &gt; /etc/apt/apt.conf.d/x</c>,
/// <c>printf ... | tee /etc/yum.repos.d/x.repo</c>, <c>cat &lt;&lt;EOF &gt; file</c>, <c>sed -i ... file</c>,
/// <c>COPY &lt;&lt;EOF /etc/apt/sources.list.d/x.list</c>.
/// </summary>
/// <param name="IsEdit">The file is edited in place by <c>sed -i</c>: its content holds sed commands, not file text.</param>
internal sealed record FileWrite(string Path, IReadOnlyList<WrittenText> Content, SimpleCommand? Command, bool IsEdit = false)
{
    /// <summary>The files the commands of <paramref name="script"/> write, in the order the shell runs them.</summary>
    public static IEnumerable<FileWrite> In(ShellScript script)
    {
        foreach (var command in script.AllCommands)
        {
            var paths = TargetsOf(command, out var isSed);
            if (paths is null)
            {
                continue;
            }

            var content = new List<WrittenText>();
            foreach (var member in command.Pipeline.Commands)
            {
                if (ReferenceEquals(member, command))
                {
                    break;
                }

                if (member is SimpleCommand earlier)
                {
                    AddContent(earlier, content, allArguments: false);
                }
            }

            AddContent(command, content, allArguments: isSed);
            foreach (var path in paths)
            {
                yield return new FileWrite(path, content, command, isSed);
            }
        }
    }

    /// <summary>The files a <c>COPY</c> or <c>ADD</c> here-document creates (<c>COPY &lt;&lt;EOF /etc/apt/apt.conf.d/99x</c>).</summary>
    public static IEnumerable<FileWrite> In(Instruction copy)
    {
        if (!(copy.Is(InstructionKeywords.Copy) || copy.Is(InstructionKeywords.Add)) || copy.Heredocs.Count == 0 || copy.Arguments.Count == 0)
        {
            yield break;
        }

        var destination = copy.Arguments[copy.Arguments.Count - 1].Value;
        foreach (var heredoc in copy.Heredocs)
        {
            var path = destination.EndsWith("/", StringComparison.Ordinal) ? destination + heredoc.Name : destination;
            yield return new FileWrite(path, new[] { new WrittenText(heredoc.Body) }, null);
        }
    }

    private static List<string>? TargetsOf(SimpleCommand command, out bool isSed)
    {
        isSed = false;
        List<string>? paths = null;
        foreach (var redirection in command.Redirections)
        {
            if (redirection.Kind is ShellRedirectionKind.Output or ShellRedirectionKind.Append or ShellRedirectionKind.Clobber
                    or ShellRedirectionKind.OutputAndError or ShellRedirectionKind.AppendOutputAndError
                && redirection.FileDescriptor is null or 1 && redirection.Target is { } target)
            {
                (paths ??= new List<string>()).Add(target.Value);
            }
        }

        var invocation = command.Unwrapped;
        if (invocation.Is("tee"))
        {
            foreach (var file in CommandArguments.Parse(invocation.Arguments).Positionals)
            {
                (paths ??= new List<string>()).Add(file.Value);
            }
        }
        else if (invocation.Is("sed"))
        {
            var arguments = CommandArguments.Parse(invocation.Arguments, new[] { "-e", "--expression", "-f", "--file", "-l", "--line-length" });
            if (arguments.HasOption("-i", "--in-place"))
            {
                isSed = true;
                foreach (var file in arguments.Positionals)
                {
                    if (file.Value.StartsWith("/", StringComparison.Ordinal))
                    {
                        (paths ??= new List<string>()).Add(file.Value);
                    }
                }
            }
        }

        return paths;
    }

    private static void AddContent(SimpleCommand command, List<WrittenText> content, bool allArguments)
    {
        if (allArguments || command.Unwrapped.Is("echo", "printf"))
        {
            foreach (var word in command.Unwrapped.Arguments)
            {
                content.Add(new WrittenText(word));
            }
        }

        foreach (var redirection in command.Redirections)
        {
            if (redirection.Kind == ShellRedirectionKind.HereDocument && redirection.HereDocument?.Body is { } body)
            {
                content.Add(new WrittenText(body));
            }
            else if (redirection.Kind == ShellRedirectionKind.HereString && redirection.Target is { } text)
            {
                content.Add(new WrittenText(text));
            }
        }
    }
}
