using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>
/// One Dockerfile instruction as Docker's parser reads it: keyword, <c>--flags</c>, arguments
/// (split per instruction the way Docker splits them), heredocs, and source spans for all of them.
/// </summary>
public sealed class Instruction
{
    internal Instruction(
        string keyword,
        string rawKeyword,
        SourceSpan keywordSpan,
        SourceSpan span,
        MappedText text,
        IReadOnlyList<InstructionFlag> flags,
        IReadOnlyList<InstructionArgument> arguments,
        IReadOnlyList<KeyValueArgument> keyValues,
        bool isExecForm,
        MappedText? commandText,
        Instruction? onBuild)
    {
        Keyword = keyword;
        RawKeyword = rawKeyword;
        KeywordSpan = keywordSpan;
        Span = span;
        Text = text;
        Flags = flags;
        Arguments = arguments;
        KeyValues = keyValues;
        IsExecForm = isExecForm;
        CommandText = commandText;
        OnBuild = onBuild;
    }

    /// <summary>Upper case: <c>RUN</c>, <c>FROM</c>... (an unknown word is kept as written, upper-cased).</summary>
    public string Keyword { get; }

    /// <summary>The keyword as written.</summary>
    public string RawKeyword { get; }

    public SourceSpan KeywordSpan { get; }

    /// <summary>The whole instruction: continuation lines and heredoc bodies included, trailing white space left out.</summary>
    public SourceSpan Span { get; internal set; }

    /// <summary>The instruction's text with line continuations and comment lines removed, as Docker assembles it.</summary>
    public MappedText Text { get; }

    public IReadOnlyList<InstructionFlag> Flags { get; }

    public IReadOnlyList<InstructionArgument> Arguments { get; }

    /// <summary>The pairs of ENV, LABEL and ARG; empty for other instructions.</summary>
    public IReadOnlyList<KeyValueArgument> KeyValues { get; }

    /// <summary>JSON (exec) form: <c>CMD ["app", "--port", "80"]</c>.</summary>
    public bool IsExecForm { get; }

    /// <summary>
    /// The shell-form command of RUN, CMD, ENTRYPOINT, SHELL and HEALTHCHECK CMD, continuations
    /// removed, each character mapped to its source position; null in exec form or when absent.
    /// </summary>
    public MappedText? CommandText { get; }

    public IReadOnlyList<Heredoc> Heredocs { get; internal set; } = Array.Empty<Heredoc>();

    /// <summary>The instruction that ONBUILD registers; null for other instructions.</summary>
    public Instruction? OnBuild { get; }

    /// <summary>Whether Docker's parser knows the keyword.</summary>
    public bool IsKnown => InstructionKeywords.IsKnown(Keyword);

    public bool Is(string keyword) => string.Equals(Keyword, keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>The last flag named <paramref name="name"/> (without dashes), or null.</summary>
    public InstructionFlag? GetFlag(string name)
    {
        InstructionFlag? found = null;
        foreach (var flag in Flags)
        {
            if (flag.Name == name)
            {
                found = flag;
            }
        }

        return found;
    }

    public override string ToString() => Text.Text;
}
