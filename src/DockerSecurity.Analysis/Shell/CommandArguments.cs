using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Shell;

/// <summary>
/// A getopt-style reading of a command's arguments: combined short flags (<c>-qy</c>),
/// <c>--opt=value</c>, <c>-o value</c> for options known to take a value, <c>--</c> ending the
/// options, and the positional arguments in between, each word keeping its span.
/// </summary>
public sealed class CommandArguments
{
    private readonly List<CommandOption> _options = new();
    private readonly List<ShellWord> _positionals = new();

    private CommandArguments()
    {
    }

    public IReadOnlyList<CommandOption> Options => _options;

    /// <summary>The arguments that are not options nor option values, in order.</summary>
    public IReadOnlyList<ShellWord> Positionals => _positionals;

    /// <summary>The first positional argument (<c>install</c> in <c>apt-get -y install x</c>), or null.</summary>
    public ShellWord? Subcommand => _positionals.Count > 0 ? _positionals[0] : null;

    /// <summary>The positional arguments from <paramref name="index"/> on: <c>PositionalsFrom(1)</c> are the packages of <c>apt-get install</c>.</summary>
    public IReadOnlyList<ShellWord> PositionalsFrom(int index) =>
        index >= _positionals.Count ? Array.Empty<ShellWord>() : _positionals.GetRange(index, _positionals.Count - index);

    /// <summary>
    /// Reads <paramref name="words"/> (the arguments after the command name).
    /// <paramref name="optionsWithValue"/> names the options that take a value (<c>-o</c>,
    /// <c>--option</c>; a single-dash long option such as <c>-name</c> is matched whole).
    /// Options may follow positionals (GNU style) unless <paramref name="optionsEndAtFirstPositional"/>.
    /// </summary>
    public static CommandArguments Parse(IReadOnlyList<ShellWord> words, IEnumerable<string>? optionsWithValue = null, bool optionsEndAtFirstPositional = false)
    {
        var takesValue = optionsWithValue is null ? null : new HashSet<string>(optionsWithValue, StringComparer.Ordinal);
        var result = new CommandArguments();
        var optionsEnded = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var value = word.Value;
            if (optionsEnded || value.Length < 2 || value[0] != '-')
            {
                result._positionals.Add(word);
                optionsEnded |= optionsEndAtFirstPositional;
                continue;
            }

            if (value == "--")
            {
                optionsEnded = true;
                continue;
            }

            if (value[1] == '-' || (takesValue is not null && takesValue.Contains(value)))
            {
                i = result.ReadLongOption(words, i, takesValue);
                continue;
            }

            i = result.ReadShortOptions(words, i, takesValue);
        }

        return result;
    }

    /// <summary>Whether any of <paramref name="names"/> (<c>-y</c>, <c>--yes</c>) is given, alone, combined or with a value.</summary>
    public bool HasOption(params string[] names) => FindOption(names) is not null;

    /// <summary>The first occurrence of any of <paramref name="names"/>.</summary>
    public CommandOption? FindOption(params string[] names)
    {
        foreach (var option in _options)
        {
            if (Array.IndexOf(names, option.Name) >= 0)
            {
                return option;
            }
        }

        return null;
    }

    /// <summary>Every occurrence of any of <paramref name="names"/>, in order.</summary>
    public IEnumerable<CommandOption> FindOptions(params string[] names)
    {
        foreach (var option in _options)
        {
            if (Array.IndexOf(names, option.Name) >= 0)
            {
                yield return option;
            }
        }
    }

    /// <summary>The value of the last occurrence of any of <paramref name="names"/> (the one a program keeps), or null.</summary>
    public string? ValueOf(params string[] names)
    {
        string? value = null;
        foreach (var option in FindOptions(names))
        {
            value = option.Value;
        }

        return value;
    }

    private int ReadLongOption(IReadOnlyList<ShellWord> words, int i, HashSet<string>? takesValue)
    {
        var word = words[i];
        var value = word.Value;
        var equals = value.IndexOf('=');
        if (equals > 0)
        {
            _options.Add(new CommandOption(value.Substring(0, equals), value.Substring(equals + 1), word, word));
            return i;
        }

        if (takesValue is not null && takesValue.Contains(value) && i + 1 < words.Count)
        {
            _options.Add(new CommandOption(value, words[i + 1].Value, word, words[i + 1]));
            return i + 1;
        }

        _options.Add(new CommandOption(value, null, word, null));
        return i;
    }

    private int ReadShortOptions(IReadOnlyList<ShellWord> words, int i, HashSet<string>? takesValue)
    {
        var word = words[i];
        var value = word.Value;
        for (var j = 1; j < value.Length; j++)
        {
            var name = "-" + value[j];
            if (takesValue is null || !takesValue.Contains(name))
            {
                _options.Add(new CommandOption(name, null, word, null));
                continue;
            }

            if (j + 1 < value.Length)
            {
                _options.Add(new CommandOption(name, value.Substring(j + 1), word, word));
                return i;
            }

            if (i + 1 < words.Count)
            {
                _options.Add(new CommandOption(name, words[i + 1].Value, word, words[i + 1]));
                return i + 1;
            }

            _options.Add(new CommandOption(name, null, word, null));
        }

        return i;
    }
}
