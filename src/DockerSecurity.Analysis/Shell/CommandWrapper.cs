using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Shell;

/// <summary>
/// A command that runs another command given in its arguments (<c>sudo apt-get ...</c>): which
/// of its options take a value, and which options mean it runs nothing (<c>command -v curl</c>).
/// </summary>
internal sealed class CommandWrapper
{
    private readonly string _shortWithValue;
    private readonly string[] _longWithValue;
    private readonly string _shortNotRunning;
    private readonly string[] _longNotRunning;
    private readonly bool _acceptsAssignments;
    private readonly int _operandsBeforeCommand;

    private CommandWrapper(
        string shortWithValue = "",
        string[]? longWithValue = null,
        string shortNotRunning = "",
        string[]? longNotRunning = null,
        bool acceptsAssignments = false,
        int operandsBeforeCommand = 0)
    {
        _shortWithValue = shortWithValue;
        _longWithValue = longWithValue ?? Array.Empty<string>();
        _shortNotRunning = shortNotRunning;
        _longNotRunning = longNotRunning ?? Array.Empty<string>();
        _acceptsAssignments = acceptsAssignments;
        _operandsBeforeCommand = operandsBeforeCommand;
    }

    private static readonly Dictionary<string, CommandWrapper> Known = new(StringComparer.Ordinal)
    {
        ["sudo"] = new(
            shortWithValue: "ugCDprRtTUch",
            longWithValue: new[] { "--user", "--group", "--close-from", "--chdir", "--prompt", "--role", "--chroot", "--type", "--command-timeout", "--other-user", "--login-class", "--host" },
            shortNotRunning: "lvKVe",
            longNotRunning: new[] { "--list", "--validate", "--remove-timestamp", "--version", "--help", "--edit" },
            acceptsAssignments: true),
        ["doas"] = new(shortWithValue: "uC", shortNotRunning: "L"),
        ["env"] = new(
            shortWithValue: "uCS",
            longWithValue: new[] { "--unset", "--chdir", "--split-string" },
            longNotRunning: new[] { "--version", "--help" },
            acceptsAssignments: true),
        ["nice"] = new(shortWithValue: "n", longWithValue: new[] { "--adjustment" }),
        ["nohup"] = new(),
        ["time"] = new(shortWithValue: "fo", longWithValue: new[] { "--format", "--output" }),
        ["exec"] = new(shortWithValue: "a"),
        ["command"] = new(shortNotRunning: "vV"),
        ["xargs"] = new(
            shortWithValue: "adEILnPs",
            longWithValue: new[] { "--arg-file", "--delimiter", "--max-args", "--max-procs", "--max-chars", "--process-slot-var" },
            longNotRunning: new[] { "--version", "--help" }),
        ["timeout"] = new(shortWithValue: "sk", longWithValue: new[] { "--signal", "--kill-after" }, operandsBeforeCommand: 1),
        ["stdbuf"] = new(shortWithValue: "ioe", longWithValue: new[] { "--input", "--output", "--error" }),
        ["chroot"] = new(longWithValue: new[] { "--userspec", "--groups" }, operandsBeforeCommand: 1),
        ["gosu"] = new(operandsBeforeCommand: 1),
        ["su-exec"] = new(operandsBeforeCommand: 1),
        ["busybox"] = new(),
    };

    public static bool TryGet(string name, out CommandWrapper wrapper) => Known.TryGetValue(name, out wrapper!);

    /// <summary>
    /// The index of the wrapped command's name, or -1 when the wrapper runs nothing (no command
    /// given, or an option such as <c>command -v</c>). Assignments it accepts go to <paramref name="environment"/>.
    /// </summary>
    public int FindCommand(IReadOnlyList<ShellWord> words, int wrapperIndex, List<ShellAssignment> environment)
    {
        var i = wrapperIndex + 1;
        while (i < words.Count)
        {
            var value = words[i].Value;
            if (value == "--")
            {
                i++;
                break;
            }

            if (value == "-")
            {
                // env - is env -i.
                i++;
                continue;
            }

            if (value.Length < 2 || value[0] != '-')
            {
                break;
            }

            if (value[1] == '-')
            {
                var equals = value.IndexOf('=');
                var name = equals > 0 ? value.Substring(0, equals) : value;
                if (Array.IndexOf(_longNotRunning, name) >= 0)
                {
                    return -1;
                }

                i += equals < 0 && Array.IndexOf(_longWithValue, name) >= 0 ? 2 : 1;
                continue;
            }

            for (var j = 1; j < value.Length; j++)
            {
                if (_shortNotRunning.IndexOf(value[j]) >= 0)
                {
                    return -1;
                }

                if (_shortWithValue.IndexOf(value[j]) >= 0)
                {
                    if (j == value.Length - 1)
                    {
                        i++;
                    }

                    break;
                }
            }

            i++;
        }

        var firstAssignment = environment.Count;
        while (_acceptsAssignments && i < words.Count && ShellAssignment.TryRead(words[i]) is { } assignment)
        {
            environment.Add(assignment);
            i++;
        }

        i += _operandsBeforeCommand;
        if (i < words.Count)
        {
            return i;
        }

        environment.RemoveRange(firstAssignment, environment.Count - firstAssignment);
        return -1;
    }
}
