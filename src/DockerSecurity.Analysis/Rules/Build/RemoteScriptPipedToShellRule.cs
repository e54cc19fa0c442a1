using System.Collections.Generic;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>
/// DKS3007: a download run as a program in the same step: <c>curl URL | sh</c>,
/// <c>bash &lt;(curl URL)</c>, <c>sh -c "$(curl URL)"</c>; interpreters (python, perl, ruby,
/// node, php) count as shells. Reported on the command that runs the script.
/// </summary>
public sealed class RemoteScriptPipedToShellRule : IDockerfileRule
{
    public RuleDescriptor Descriptor => RuleCatalog.RemoteScriptPipedToShell;

    public void Analyze(DockerfileContext context)
    {
        foreach (var run in ShellRun.All(context))
        {
            var reported = new HashSet<ShellWord>();
            foreach (var pipeline in run.Script.AllPipelines)
            {
                CheckPipeline(context, pipeline, reported);
            }

            foreach (var command in run.Script.AllCommands)
            {
                CheckSubstitution(context, command, reported);
            }
        }
    }

    /// <summary><c>curl URL | [other commands |] sh</c>.</summary>
    private void CheckPipeline(DockerfileContext context, Shell.Pipeline pipeline, HashSet<ShellWord> reported)
    {
        if (!pipeline.HasPipe)
        {
            return;
        }

        string? downloader = null;
        foreach (var command in pipeline.Commands)
        {
            if (command is not SimpleCommand simple)
            {
                continue;
            }

            var invocation = simple.Unwrapped;
            if (downloader is not null && RemoteScripts.RunsStandardInput(invocation))
            {
                Report(context, invocation, $"{downloader} ... | {invocation.Name}", reported);
            }
            else if (downloader is null && RemoteScripts.DownloadsToStdout(invocation))
            {
                downloader = invocation.Name;
            }
        }
    }

    /// <summary><c>bash &lt;(curl URL)</c>, <c>sh -c "$(curl URL)"</c>, <c>eval "$(wget -qO- URL)"</c>.</summary>
    private void CheckSubstitution(DockerfileContext context, SimpleCommand command, HashSet<ShellWord> reported)
    {
        if (command.Parent is not SimpleCommand parent || !RemoteScripts.DownloadsToStdout(command.Unwrapped))
        {
            return;
        }

        var downloader = command.Unwrapped.Name;
        var runner = parent.Unwrapped;
        if (command.Origin == CommandOrigin.ProcessSubstitution && RemoteScripts.RunsFileArgument(runner))
        {
            Report(context, runner, $"{runner.Name} <({downloader} ...)", reported);
        }
        else if (command.Origin == CommandOrigin.CommandSubstitution && RemoteScripts.CodeOption(runner) is { } option)
        {
            Report(context, runner, option.Length == 0 ? $"{runner.Name} \"$({downloader} ...)\"" : $"{runner.Name} {option} \"$({downloader} ...)\"", reported);
        }
    }

    private void Report(DockerfileContext context, CommandInvocation runner, string display, HashSet<ShellWord> reported)
    {
        if (runner.NameWord is { } word && reported.Add(word))
        {
            context.Report(Descriptor, word.Span,
                $"'{display}' runs a downloaded script without checking it, so whoever controls the server or the network path decides what the build runs; download it to a file, verify its checksum, then run it",
                display);
        }
    }
}
