using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Shell;

/// <summary>
/// Finds the script a command hands to a shell: <c>sh -c '...'</c> (and bash, dash, ash, ksh,
/// mksh, zsh), a shell reading a here-document (<c>sh &lt;&lt;EOF</c>), <c>su -c '...'</c>, and
/// <c>eval</c>, which runs its arguments in the current shell.
/// </summary>
internal sealed class InlineScriptSource
{
    private InlineScriptSource(MappedText text, bool[]? fromExpansion, bool runsInNewShell, bool pipefail)
    {
        Text = text;
        FromExpansion = fromExpansion;
        RunsInNewShell = runsInNewShell;
        Pipefail = pipefail;
    }

    public MappedText Text { get; }

    public bool[]? FromExpansion { get; }

    /// <summary>A new shell runs the script (<c>sh -c</c>); otherwise the current one does (<c>eval</c>).</summary>
    public bool RunsInNewShell { get; }

    /// <summary>The new shell starts with pipefail (<c>bash -o pipefail -c</c>).</summary>
    public bool Pipefail { get; }

    public static InlineScriptSource? Find(CommandInvocation invocation)
    {
        var words = invocation.Words;
        var name = invocation.Name;
        if (name is null)
        {
            return null;
        }

        if (Array.IndexOf(ShellParseOptions.PosixShells, name) >= 0)
        {
            var options = ShellOptionWords.Read(words, 1, isShell: true);
            var script = options.ReadsCommandString
                ? options.FirstOperand < words.Count ? words[options.FirstOperand] : null
                : options.FirstOperand >= words.Count || options.ReadsStandardInput ? StandardInput(invocation.Command) : null;
            if (script is null)
            {
                return null;
            }

            var text = script.ValueAsText(out var fromExpansion);
            return new InlineScriptSource(text, fromExpansion, runsInNewShell: true, pipefail: options.Pipefail == true);
        }

        if (name is "su" or "runuser")
        {
            return FindSuCommand(words);
        }

        if (name == "eval" && words.Count > 1)
        {
            return Join(words, 1);
        }

        return null;
    }

    /// <summary>A shell given no script file reads its standard input: a here-document or here-string (<c>sh &lt;&lt;EOF</c>).</summary>
    private static ShellWord? StandardInput(SimpleCommand command)
    {
        ShellWord? input = null;
        foreach (var redirection in command.Redirections)
        {
            if (redirection.FileDescriptor is null or 0)
            {
                input = redirection.Kind switch
                {
                    ShellRedirectionKind.HereDocument => redirection.HereDocument!.Body,
                    ShellRedirectionKind.HereString => redirection.Target,
                    ShellRedirectionKind.Input or ShellRedirectionKind.ReadWrite or ShellRedirectionKind.DuplicateInput => null,
                    _ => input,
                };
            }
        }

        return input;
    }

    private static InlineScriptSource? FindSuCommand(IReadOnlyList<ShellWord> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            var value = words[i].Value;
            if (value == "--")
            {
                break;
            }

            if ((value == "-c" || value == "--command") && i + 1 < words.Count)
            {
                var text = words[i + 1].ValueAsText(out var fromExpansion);
                return new InlineScriptSource(text, fromExpansion, runsInNewShell: true, pipefail: false);
            }

            if (value.StartsWith("--command=", StringComparison.Ordinal))
            {
                var whole = words[i].ValueAsText(out var fromExpansion);
                var start = "--command=".Length;
                var part = whole.Slice(start, whole.Length - start);
                return new InlineScriptSource(part, Slice(fromExpansion, start), runsInNewShell: true, pipefail: false);
            }
        }

        return null;
    }

    /// <summary><c>eval a b</c> runs <c>"a b"</c>: the words joined by spaces, each space mapped to the end of the word before it.</summary>
    private static InlineScriptSource Join(IReadOnlyList<ShellWord> words, int start)
    {
        var text = new System.Text.StringBuilder();
        var positions = new List<SourcePosition>();
        List<bool>? fromExpansion = null;
        for (var i = start; i < words.Count; i++)
        {
            var part = words[i].ValueAsText(out var partExpansion);
            if (i > start)
            {
                text.Append(' ');
                positions.Add(words[i - 1].Span.End);
                fromExpansion?.Add(false);
            }

            if (partExpansion is not null && fromExpansion is null)
            {
                fromExpansion = new List<bool>(new bool[text.Length]);
            }

            for (var j = 0; j < part.Length; j++)
            {
                text.Append(part.Text[j]);
                positions.Add(part.PositionAt(j));
                fromExpansion?.Add(partExpansion is not null && partExpansion[j]);
            }
        }

        positions.Add(words[words.Count - 1].Span.End);
        return new InlineScriptSource(new MappedText(text.ToString(), positions), fromExpansion?.ToArray(), runsInNewShell: false, pipefail: false);
    }

    private static bool[]? Slice(bool[]? flags, int start)
    {
        if (flags is null)
        {
            return null;
        }

        var slice = new bool[flags.Length - start];
        Array.Copy(flags, start, slice, 0, slice.Length);
        return slice;
    }
}
