using System.Collections.Generic;

namespace DockerSecurity.Analysis.Shell;

/// <summary>
/// Reads shell option words, as <c>set</c> takes them (<c>set -euo pipefail</c>,
/// <c>set -eux -o pipefail</c>, <c>set +o pipefail</c>) and as a shell is started with them
/// (<c>bash -o pipefail -ec '...'</c>).
/// </summary>
internal readonly struct ShellOptionWords
{
    private ShellOptionWords(bool? pipefail, bool readsCommandString, bool readsStandardInput, int firstOperand)
    {
        Pipefail = pipefail;
        ReadsCommandString = readsCommandString;
        ReadsStandardInput = readsStandardInput;
        FirstOperand = firstOperand;
    }

    /// <summary>True when the words turn pipefail on, false when they turn it off, null when they leave it.</summary>
    public bool? Pipefail { get; }

    /// <summary><c>-c</c> was given: the first operand is the script to run.</summary>
    public bool ReadsCommandString { get; }

    /// <summary><c>-s</c> was given: the script comes from standard input, the operands are its arguments.</summary>
    public bool ReadsStandardInput { get; }

    /// <summary>The index of the first word after the options.</summary>
    public int FirstOperand { get; }

    public static ShellOptionWords Read(IReadOnlyList<ShellWord> words, int start, bool isShell)
    {
        var values = new string[words.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = words[i].Value;
        }

        return Read(values, start, isShell);
    }

    /// <param name="words">All words' values, the command name first.</param>
    /// <param name="start">The first word to read.</param>
    /// <param name="isShell">The words start a shell (<c>bash</c> long options and <c>-c</c> are understood).</param>
    public static ShellOptionWords Read(IReadOnlyList<string> words, int start, bool isShell)
    {
        bool? pipefail = null;
        var readsCommandString = false;
        var readsStandardInput = false;
        var i = start;
        while (i < words.Count)
        {
            var value = words[i];
            if (value == "--" || value == "-")
            {
                i++;
                break;
            }

            if (isShell && value.StartsWith("--", System.StringComparison.Ordinal))
            {
                i += value == "--rcfile" || value == "--init-file" ? 2 : 1;
                continue;
            }

            if (value.Length < 2 || (value[0] != '-' && value[0] != '+'))
            {
                break;
            }

            var enable = value[0] == '-';
            var next = i + 1;
            for (var j = 1; j < value.Length; j++)
            {
                var letter = value[j];
                if (letter == 'o' || (isShell && letter == 'O'))
                {
                    // Each -o in a cluster takes the next word in turn: set -euo pipefail.
                    if (next < words.Count)
                    {
                        if (letter == 'o' && words[next] == "pipefail")
                        {
                            pipefail = enable;
                        }

                        next++;
                    }
                }
                else if (isShell && letter == 'c' && enable)
                {
                    readsCommandString = true;
                }
                else if (isShell && letter == 's' && enable)
                {
                    readsStandardInput = true;
                }
            }

            i = next;
        }

        return new ShellOptionWords(pipefail, readsCommandString, readsStandardInput, i);
    }
}
