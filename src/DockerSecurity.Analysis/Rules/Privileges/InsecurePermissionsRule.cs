using System.Collections.Generic;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Shell;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>
/// DKS2004: a mode that makes files world-writable or sets setuid/setgid: <c>chmod</c>,
/// <c>install -m</c> and <c>mkdir -m</c> in RUN, <c>--chmod</c> on COPY and ADD.
/// </summary>
public sealed class InsecurePermissionsRule : IDockerfileRule
{
    private static readonly string[] ChmodOptions = { "-R", "-v", "-c", "-f", "--recursive", "--verbose", "--changes", "--silent", "--quiet", "--preserve-root", "--no-preserve-root", "--dereference", "--no-dereference", "-H", "-L", "-P", "-h" };

    public RuleDescriptor Descriptor => RuleCatalog.InsecurePermissions;

    public void Analyze(DockerfileContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            foreach (var instruction in stage.Instructions)
            {
                if ((instruction.Is(InstructionKeywords.Copy) || instruction.Is(InstructionKeywords.Add))
                    && instruction.GetFlag("chmod") is { Value: { } mode, ValueSpan: { } span })
                {
                    Check(context, mode, span, "--chmod=" + mode);
                }
                else if (instruction.Is(InstructionKeywords.Run) && context.ShellOf(instruction) is { } script)
                {
                    foreach (var command in script.AllCommands)
                    {
                        CheckCommand(context, command.Unwrapped);
                    }
                }
            }
        }
    }

    private void CheckCommand(DockerfileContext context, CommandInvocation invocation)
    {
        if (invocation.Is("chmod") && ChmodMode(invocation.Arguments) is { } word)
        {
            Check(context, word.Value, word.Span, "chmod " + word.Value);
        }
        else if (invocation.Is("install", "mkdir"))
        {
            var arguments = invocation.ParseArguments("-m", "--mode", "-o", "--owner", "-g", "--group", "-S", "--suffix", "-t", "--target-directory");
            foreach (var option in arguments.FindOptions("-m", "--mode"))
            {
                if (option is { Value: { } value, ValueWord: { } valueWord } && !valueWord.HasExpansion)
                {
                    var span = ReferenceEquals(valueWord, option.Word)
                        ? valueWord.ValueSpan(valueWord.Value.Length - value.Length, value.Length)
                        : valueWord.Span;
                    Check(context, value, span, $"{invocation.Name} -m {value}");
                }
            }
        }
    }

    /// <summary>chmod's mode: the first argument that is not one of its options (a mode may start with '-', as in <c>-w</c>).</summary>
    private static ShellWord? ChmodMode(IReadOnlyList<ShellWord> arguments)
    {
        foreach (var word in arguments)
        {
            var value = word.Value;
            if (value == "--")
            {
                continue;
            }

            if (value.StartsWith("--reference", System.StringComparison.Ordinal))
            {
                return null;
            }

            if (System.Array.IndexOf(ChmodOptions, value) >= 0 || IsClusterOfFlags(value))
            {
                continue;
            }

            return word.HasExpansion ? null : word;
        }

        return null;
    }

    /// <summary><c>-Rf</c>, <c>-Rv</c>: chmod's one-letter flags combined (a mode such as <c>-rwx</c> has other letters).</summary>
    private static bool IsClusterOfFlags(string value)
    {
        if (value.Length < 2 || value[0] != '-')
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] is not ('R' or 'v' or 'c' or 'f' or 'H' or 'L' or 'P' or 'h'))
            {
                return false;
            }
        }

        return true;
    }

    private void Check(DockerfileContext context, string mode, SourceSpan span, string written)
    {
        var risk = FileModes.Assess(mode);
        if (risk != FileModeRisk.None)
        {
            context.Report(Descriptor, span, Message(written, risk), written);
        }
    }

    private static string Message(string written, FileModeRisk risk)
    {
        var parts = new List<string>();
        if ((risk & (FileModeRisk.SetUid | FileModeRisk.SetGid)) != 0)
        {
            parts.Add((risk & (FileModeRisk.SetUid | FileModeRisk.SetGid)) switch
            {
                FileModeRisk.SetUid => "sets the setuid bit, so the file runs with its owner's privileges whoever starts it",
                FileModeRisk.SetGid => "sets the setgid bit, so the file runs with its group's privileges whoever starts it",
                _ => "sets the setuid and setgid bits, so the file runs with its owner's and group's privileges whoever starts it",
            });
        }

        if ((risk & FileModeRisk.WorldWritable) != 0)
        {
            parts.Add("makes the files writable by every user in the container");
        }

        var fix = (risk & FileModeRisk.WorldWritable) != 0
            ? "give the files to the user that needs them (chown) and use a mode such as 755 or 750"
            : "drop the bit (use a mode such as 755)";
        return $"'{written}' {string.Join(" and ", parts)}; {fix}";
    }
}
