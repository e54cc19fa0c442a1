using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Images;
using DockerSecurity.Analysis.Shell;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Rules;

/// <summary>
/// The POSIX shell script a RUN executes, parsed once per instruction for every rule. Stages that
/// run PowerShell or cmd (a Windows base image, <c># escape=`</c>, a non-POSIX SHELL) have none.
/// </summary>
internal sealed class RunScripts
{
    private static readonly HashSet<string> PosixShells = new(StringComparer.Ordinal) { "sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox" };

    private readonly DockerfileModel _model;
    private readonly Dictionary<Instruction, ShellScript?> _scripts = new();

    public RunScripts(DockerfileModel model)
    {
        _model = model;
    }

    public ShellScript? Of(Instruction run)
    {
        if (!_scripts.TryGetValue(run, out var script))
        {
            script = Parse(run);
            _scripts[run] = script;
        }

        return script;
    }

    /// <summary>Whether the stage's RUN commands are POSIX shell at <paramref name="instruction"/>.</summary>
    public bool IsPosix(Stage stage, Instruction instruction)
    {
        if (_model.Syntax.EscapeToken == '`' || IsWindows(stage))
        {
            return false;
        }

        var shell = stage.ShellAt(instruction);
        return shell.Count > 0 && PosixShells.Contains(CommandName.BaseName(shell[0]));
    }

    private ShellScript? Parse(Instruction run)
    {
        if (!run.Is(InstructionKeywords.Run) || run.IsExecForm || run.CommandText is not { } command
            || _model.StageOf(run) is not { } stage || !IsPosix(stage, run))
        {
            return null;
        }

        var shell = stage.ShellAt(run);
        var options = new ShellParseOptions { Pipefail = SetsPipefail(shell) };
        return ShellScript.Parse(WithHeredocs(command, run.Heredocs), options);
    }

    /// <summary>
    /// <c>RUN &lt;&lt;EOF</c> alone runs the body as the script; <c>RUN bash &lt;&lt;EOF</c> feeds it to
    /// a command, so the body follows the command as a here-document the shell parser reads.
    /// </summary>
    private static MappedText WithHeredocs(MappedText command, IReadOnlyList<Heredoc> heredocs)
    {
        if (heredocs.Count == 0)
        {
            return command;
        }

        var parts = new List<MappedText>();
        var onlyMarkers = IsOnlyHeredocMarkers(command.Text);
        if (!onlyMarkers)
        {
            parts.Add(command);
        }

        var end = command.PositionAt(command.Length);
        foreach (var heredoc in heredocs)
        {
            if (!onlyMarkers)
            {
                parts.Add(MappedText.SingleLine("\n", end));
            }

            parts.Add(heredoc.Body);
            if (!onlyMarkers)
            {
                parts.Add(MappedText.SingleLine(heredoc.Name, heredoc.Body.PositionAt(heredoc.Body.Length)));
            }
            else
            {
                parts.Add(MappedText.SingleLine("\n", heredoc.Body.PositionAt(heredoc.Body.Length)));
            }
        }

        return MappedText.Concat(parts);
    }

    private static bool IsOnlyHeredocMarkers(string command)
    {
        foreach (var word in command.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!word.StartsWith("<<", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>SHELL ["/bin/bash", "-o", "pipefail", "-c"]</c> and <c>-eo pipefail</c> forms.</summary>
    private static bool SetsPipefail(IReadOnlyList<string> shell)
    {
        for (var i = 1; i < shell.Count - 1; i++)
        {
            if (shell[i].StartsWith("-", StringComparison.Ordinal) && shell[i].EndsWith("o", StringComparison.Ordinal) && shell[i + 1] == "pipefail")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWindows(Stage stage) => Pipeline.DockerfileModels.TraitsOf(stage).IsWindows;
}
