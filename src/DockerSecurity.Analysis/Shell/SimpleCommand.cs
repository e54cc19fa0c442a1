using System.Collections.Generic;

namespace DockerSecurity.Analysis.Shell;

/// <summary>A command with its prefix assignments, words and redirections: <c>DEBIAN_FRONTEND=noninteractive apt-get install -y x 2&gt;&amp;1</c>.</summary>
public sealed class SimpleCommand : ShellCommand
{
    private CommandInvocation? _unwrapped;

    internal SimpleCommand()
    {
    }

    /// <summary>The <c>NAME=value</c> words before the command name.</summary>
    public IReadOnlyList<ShellAssignment> Assignments => AssignmentList;

    /// <summary>The command name and its arguments (argv).</summary>
    public IReadOnlyList<ShellWord> Words => WordList;

    /// <summary>The first word, or null for a command of assignments or redirections only.</summary>
    public ShellWord? NameWord => WordList.Count > 0 ? WordList[0] : null;

    /// <summary>The base name of the command: <c>apt-get</c> for <c>/usr/bin/apt-get</c>.</summary>
    public string? Name => NameWord is { } word ? CommandName.BaseName(word.Value) : null;

    /// <summary>The words after the command name.</summary>
    public IReadOnlyList<ShellWord> Arguments => WordList.Count > 1 ? WordList.GetRange(1, WordList.Count - 1) : NoWords;

    /// <summary>
    /// The command that really runs once wrappers such as <c>sudo</c>, <c>env</c>, <c>nice</c>,
    /// <c>nohup</c>, <c>time</c>, <c>exec</c>, <c>command</c> and <c>xargs</c> are looked through;
    /// the command itself when it has no wrapper.
    /// </summary>
    public CommandInvocation Unwrapped => _unwrapped ??= CommandInvocation.Unwrap(this);

    /// <summary>
    /// The commands of the script this command hands to a shell (<c>sh -c '...'</c>,
    /// <c>bash -ec "..."</c>, <c>sh &lt;&lt;EOF</c>, <c>su -c '...'</c>, <c>eval '...'</c>), each word
    /// mapped to its own source position; null when there is none.
    /// </summary>
    public IReadOnlyList<Pipeline>? InlineScript { get; internal set; }

    /// <summary>Whether <see cref="Name"/> is one of <paramref name="names"/>.</summary>
    public bool Is(params string[] names) => CommandName.IsOneOf(Name, names);

    internal List<ShellAssignment> AssignmentList { get; } = new();

    internal List<ShellWord> WordList { get; } = new();

    public override string ToString() => string.Join(" ", WordList);
}
