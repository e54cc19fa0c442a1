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
    public bool IsPosix(Stage stage, Instruction instruction) => OptionsAt(stage, instruction) is not null;

    /// <summary>How the stage's shell starts at <paramref name="instruction"/>, or null when it is not a POSIX shell.</summary>
    private ShellParseOptions? OptionsAt(Stage stage, Instruction instruction) =>
        _model.Syntax.EscapeToken == '`' || IsWindows(stage) ? null : ShellParseOptions.ForShell(stage.ShellAt(instruction));

    private ShellScript? Parse(Instruction run)
    {
        if (!run.Is(InstructionKeywords.Run) || run.IsExecForm || run.CommandText is not { } command
            || _model.StageOf(run) is not { } stage || OptionsAt(stage, run) is not { } options)
        {
            return null;
        }

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

    private static bool IsWindows(Stage stage) => stage.BaseImageTraits.IsWindows;
}
