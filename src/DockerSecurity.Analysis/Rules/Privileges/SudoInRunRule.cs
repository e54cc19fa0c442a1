using System.Collections.Generic;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>DKS2003: <c>sudo</c> runs a command in a RUN (also behind <c>env</c>, <c>xargs</c>, and in <c>sh -c</c> bodies).</summary>
public sealed class SudoInRunRule : IDockerfileRule
{
    public RuleDescriptor Descriptor => RuleCatalog.SudoInRun;

    private const string Message =
        "'sudo' in RUN means the image carries sudo, so its user can become root again; run this step before USER (build steps run as root until then) and do not install sudo";

    public void Analyze(DockerfileContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            foreach (var instruction in stage.Instructions)
            {
                if (!instruction.Is(InstructionKeywords.Run))
                {
                    continue;
                }

                if (instruction.IsExecForm)
                {
                    // RUN ["sudo", ...] runs no shell, so it has no script: its first argument is the program.
                    if (instruction.Arguments.Count > 0 && BaseName(instruction.Arguments[0].Value) == "sudo")
                    {
                        context.Report(Descriptor, instruction.Arguments[0].Span, Message);
                    }
                }
                else if (context.ShellOf(instruction) is { } script)
                {
                    foreach (var command in script.AllCommands)
                    {
                        foreach (var sudo in SudoWords(command))
                        {
                            context.Report(Descriptor, sudo.Span, Message);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The words that call sudo: as a wrapper (<c>env sudo apt-get</c>) or as the command itself (<c>sudo -l</c>).</summary>
    private static IEnumerable<ShellWord> SudoWords(SimpleCommand command)
    {
        var invocation = command.Unwrapped;
        foreach (var wrapper in invocation.Wrappers)
        {
            if (IsSudo(wrapper))
            {
                yield return wrapper;
            }
        }

        if (invocation.NameWord is { } name && IsSudo(name))
        {
            yield return name;
        }
    }

    private static bool IsSudo(ShellWord word)
    {
        if (word.HasExpansion)
        {
            return false;
        }

        return BaseName(word.Value) == "sudo";
    }

    private static string BaseName(string value)
    {
        var slash = value.LastIndexOf('/');
        return slash < 0 ? value : value.Substring(slash + 1);
    }
}
