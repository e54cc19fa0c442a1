using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Shell;

/// <summary>
/// The command a <see cref="SimpleCommand"/> really runs, wrappers looked through:
/// <c>sudo -u app env HOME=/x nice -n 5 /usr/bin/pip install y</c> runs <c>pip</c> with the
/// wrappers <c>sudo</c>, <c>env</c> and <c>nice</c>.
/// </summary>
public sealed class CommandInvocation
{
    private const int MaxWrappers = 32;

    private readonly int _nameIndex;

    private CommandInvocation(SimpleCommand command, IReadOnlyList<ShellWord> wrappers, IReadOnlyList<ShellAssignment> environment, int nameIndex)
    {
        Command = command;
        Wrappers = wrappers;
        Environment = environment;
        _nameIndex = nameIndex;
    }

    public SimpleCommand Command { get; }

    /// <summary>The words naming the wrappers, outermost first (empty when the command is not wrapped).</summary>
    public IReadOnlyList<ShellWord> Wrappers { get; }

    /// <summary>The assignments the command runs with: its prefix assignments, then those given to <c>env</c> or <c>sudo</c>.</summary>
    public IReadOnlyList<ShellAssignment> Environment { get; }

    /// <summary>The real command's name word, or null when there is none (only assignments, or a wrapper alone).</summary>
    public ShellWord? NameWord => _nameIndex < Command.WordList.Count ? Command.WordList[_nameIndex] : null;

    /// <summary>The base name of the real command.</summary>
    public string? Name => NameWord is { } word ? CommandName.BaseName(word.Value) : null;

    /// <summary>The real command's argv: its name and arguments.</summary>
    public IReadOnlyList<ShellWord> Words => Command.WordList.GetRange(_nameIndex, Command.WordList.Count - _nameIndex);

    /// <summary>The real command's arguments.</summary>
    public IReadOnlyList<ShellWord> Arguments =>
        _nameIndex + 1 >= Command.WordList.Count ? Array.Empty<ShellWord>() : Command.WordList.GetRange(_nameIndex + 1, Command.WordList.Count - _nameIndex - 1);

    public bool IsWrapped => Wrappers.Count > 0;

    /// <summary>Whether <see cref="Name"/> is one of <paramref name="names"/>.</summary>
    public bool Is(params string[] names) => CommandName.IsOneOf(Name, names);

    /// <summary>Whether one of the wrappers is one of <paramref name="names"/> (by base name).</summary>
    public bool IsWrappedBy(params string[] names)
    {
        foreach (var wrapper in Wrappers)
        {
            if (CommandName.IsOneOf(CommandName.BaseName(wrapper.Value), names))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The arguments read getopt-style; <paramref name="optionsWithValue"/> names the options that take a value.</summary>
    public CommandArguments ParseArguments(params string[] optionsWithValue) => CommandArguments.Parse(Arguments, optionsWithValue);

    public override string ToString() => string.Join(" ", Words);

    internal static CommandInvocation Unwrap(SimpleCommand command)
    {
        var words = command.WordList;
        var wrappers = new List<ShellWord>();
        var environment = new List<ShellAssignment>(command.AssignmentList);
        var index = 0;
        while (index < words.Count && wrappers.Count < MaxWrappers)
        {
            var word = words[index];
            if (word.HasExpansion || !CommandWrapper.TryGet(CommandName.BaseName(word.Value), out var wrapper))
            {
                break;
            }

            var wrapped = wrapper.FindCommand(words, index, environment);
            if (wrapped < 0)
            {
                break;
            }

            wrappers.Add(word);
            index = wrapped;
        }

        return new CommandInvocation(command, wrappers, environment, index);
    }
}
