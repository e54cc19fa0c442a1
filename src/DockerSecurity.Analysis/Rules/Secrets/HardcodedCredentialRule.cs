using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Shell;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Rules.Secrets;

/// <summary>
/// DKS4003: a credential written into a Dockerfile (any instruction, heredoc or comment) or a
/// compose file (any value of any file of the project): a known token format, the password of a
/// URL or connection string, or a password given to a command.
/// </summary>
public sealed class HardcodedCredentialRule : IDockerfileRule, IComposeRule
{
    private static readonly HashSet<string> Shells = new(StringComparer.Ordinal) { "sh", "bash", "ash", "dash", "zsh", "ksh", "mksh" };

    public RuleDescriptor Descriptor => RuleCatalog.HardcodedCredential;

    public void Analyze(DockerfileContext context)
    {
        var syntax = context.Model.Syntax;
        foreach (var instruction in syntax.Instructions)
        {
            var findings = new List<Finding>();
            var keyword = instruction.Keyword;
            AddText(findings, instruction.Text, keyword);
            foreach (var heredoc in instruction.Heredocs)
            {
                AddText(findings, heredoc.Body, keyword);
            }

            var commands = new List<CommandCredential>();
            ScanCommands(context, instruction, commands);
            foreach (var command in commands)
            {
                Add(findings, new Finding(command.Span, command.Kind, Reporting.Redaction.Redact(command.Secret), $"in {command.Where}"));
            }

            foreach (var finding in findings)
            {
                context.Report(Descriptor, finding.Span,
                    $"{Phrase(finding.Kind, finding.Redacted, finding.Where, "in " + keyword)}: it is kept in the repository and in the image; revoke it and pass it as a build secret (RUN --mount=type=secret)",
                    $"{keyword} {Describe(finding.Kind)} {finding.Redacted}");
            }
        }

        foreach (var comment in syntax.Comments)
        {
            if (CommentText(context.File.Text, comment) is not { } text)
            {
                continue;
            }

            foreach (var match in CredentialPatterns.Find(text.Text))
            {
                var redacted = match.Redacted(text.Text);
                context.Report(Descriptor, text.GetSpan(match.Start, match.Length),
                    $"{Phrase(match.Kind, redacted, Where(match.Kind, null), "in a comment")}: it is kept in the repository; revoke it and delete it",
                    $"comment {match.Description} {redacted}");
            }
        }
    }

    public void Analyze(ComposeContext context)
    {
        var spans = new ComposeSpans();
        var findings = new List<(ComposeOrigin Origin, string Message, string Evidence)>();
        var taken = new List<ComposeOrigin>();

        foreach (var (scalar, key) in ComposeValues.Scalars(context.Project))
        {
            foreach (var match in CredentialPatterns.Find(scalar.Raw))
            {
                var origin = spans.OriginOf(scalar, match.Start, match.Length);
                var redacted = match.Redacted(scalar.Raw);
                AddCompose(findings, taken, origin, match.Kind, redacted, Where(match.Kind, key));
            }
        }

        foreach (var node in ComposeValues.CommandLines(context.Project))
        {
            var commands = new List<CommandCredential>();
            ScanComposeCommand(node, spans, commands);
            foreach (var command in commands)
            {
                var origin = new ComposeOrigin(node.Origin.FilePath, command.Span);
                AddCompose(findings, taken, origin, command.Kind, Reporting.Redaction.Redact(command.Secret), "in " + command.Where);
            }
        }

        foreach (var (origin, message, evidence) in findings)
        {
            context.Report(Descriptor, origin, message, evidence);
        }
    }

    private void AddCompose(List<(ComposeOrigin, string, string)> findings, List<ComposeOrigin> taken, ComposeOrigin origin, CredentialKind kind, string redacted, string where)
    {
        foreach (var other in taken)
        {
            if (other.FilePath == origin.FilePath && Overlaps(other.Span, origin.Span))
            {
                return;
            }
        }

        taken.Add(origin);
        findings.Add((origin,
            $"{Phrase(kind, redacted, where)}: it is kept in the repository; revoke it and supply it through an environment variable or a Docker secret",
            $"{Describe(kind)} {redacted} {where}".TrimEnd()));
    }

    /// <summary>The words of a RUN (its shell script), of a shell-form CMD/ENTRYPOINT/HEALTHCHECK, or of an exec-form list.</summary>
    private static void ScanCommands(DockerfileContext context, Instruction instruction, List<CommandCredential> found)
    {
        if (instruction.Is(InstructionKeywords.Run))
        {
            if (context.ShellOf(instruction) is { } script)
            {
                CommandCredentials.Scan(script, null, found);
            }
            else if (instruction.IsExecForm)
            {
                ScanExecForm(instruction.Arguments, 0, found);
            }

            return;
        }

        if (!instruction.Is(InstructionKeywords.Cmd) && !instruction.Is(InstructionKeywords.Entrypoint) && !instruction.Is(InstructionKeywords.Healthcheck))
        {
            return;
        }

        if (instruction.IsExecForm)
        {
            ScanExecForm(instruction.Arguments, instruction.Is(InstructionKeywords.Healthcheck) ? 1 : 0, found);
        }
        else if (instruction.CommandText is { } command && context.Model.StageOf(instruction) is { } stage && context.IsPosixShell(stage, instruction))
        {
            CommandCredentials.Scan(ShellScript.Parse(command), null, found);
        }
    }

    private static void ScanExecForm(IReadOnlyList<InstructionArgument> arguments, int first, List<CommandCredential> found)
    {
        var argv = new List<ArgumentWord>();
        for (var i = first; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            argv.Add(ArgumentWord.Plain(argument.Value, (start, length) => ExecSpan(argument, start, length)));
        }

        CommandCredentials.Scan(argv, found);
        if (argv.Count >= 3 && Shells.Contains(CommandName.BaseName(argv[0].Value)) && argv[argv.Count - 2].Value == "-c"
            && ExecText(arguments[first + argv.Count - 1]) is { } script)
        {
            CommandCredentials.Scan(ShellScript.Parse(script), null, found);
        }
    }

    /// <summary>A JSON string's characters map to columns when it sits on one line and has no escapes.</summary>
    private static SourceSpan ExecSpan(InstructionArgument argument, int start, int length) =>
        ExecText(argument) is { } text ? text.GetSpan(start, length) : argument.Span;

    private static MappedText? ExecText(InstructionArgument argument)
    {
        var span = argument.Span;
        return span.StartLine == span.EndLine && span.EndColumn - span.StartColumn == argument.Value.Length + 2
            ? MappedText.SingleLine(argument.Value, new SourcePosition(span.StartLine, span.StartColumn + 1))
            : null;
    }

    /// <summary>A compose command as a shell string, an argv list, or a healthcheck test (<c>CMD</c>, <c>CMD-SHELL</c>).</summary>
    private static void ScanComposeCommand(ComposeNode node, ComposeSpans spans, List<CommandCredential> found)
    {
        switch (node)
        {
            case ComposeScalar { IsNull: false } scalar:
                ScanComposeScript(scalar, spans, found);
                break;
            case ComposeSequence sequence:
                var items = new List<ComposeScalar>();
                foreach (var item in sequence.Items)
                {
                    if (item is not ComposeScalar { IsNull: false } scalar)
                    {
                        return;
                    }

                    items.Add(scalar);
                }

                var first = 0;
                if (items.Count > 0 && items[0].Raw is "CMD" or "CMD-SHELL" or "NONE")
                {
                    if (items[0].Raw == "CMD-SHELL" && items.Count > 1)
                    {
                        ScanComposeScript(items[1], spans, found);
                    }

                    if (items[0].Raw != "CMD")
                    {
                        return;
                    }

                    first = 1;
                }

                var argv = new List<ArgumentWord>();
                for (var i = first; i < items.Count; i++)
                {
                    var item = items[i];
                    argv.Add(ArgumentWord.Plain(item.Raw, (start, length) => spans.OriginOf(item, start, length).Span));
                }

                CommandCredentials.Scan(argv, found);
                if (argv.Count >= 3 && Shells.Contains(CommandName.BaseName(argv[0].Value)) && argv[argv.Count - 2].Value == "-c")
                {
                    ScanComposeScript(items[items.Count - 1], spans, found);
                }

                break;
        }
    }

    /// <summary>
    /// A compose string read as a shell script. The parser sees the value's own offsets as columns
    /// of line 1; <see cref="ComposeSpans"/> turns them into the file's lines and columns.
    /// </summary>
    private static void ScanComposeScript(ComposeScalar scalar, ComposeSpans spans, List<CommandCredential> found)
    {
        var script = ShellScript.Parse(MappedText.SingleLine(scalar.Raw, new SourcePosition(1, 1)));
        CommandCredentials.Scan(script, span => spans.OriginOf(scalar, span.StartColumn - 1, span.EndColumn - span.StartColumn).Span, found);
    }

    private static void AddText(List<Finding> findings, MappedText text, string keyword)
    {
        foreach (var match in CredentialPatterns.Find(text.Text))
        {
            Add(findings, new Finding(text.GetSpan(match.Start, match.Length), match.Kind, match.Redacted(text.Text), Where(match.Kind, null)));
        }
    }

    private static void Add(List<Finding> findings, Finding finding)
    {
        foreach (var other in findings)
        {
            if (Overlaps(other.Span, finding.Span))
            {
                return;
            }
        }

        findings.Add(finding);
    }

    /// <summary>The line of a comment from its <c>#</c> on, each character at its own column.</summary>
    private static MappedText? CommentText(string file, DockerfileComment comment)
    {
        var line = 1;
        var start = 0;
        while (line < comment.Span.StartLine)
        {
            var next = file.IndexOf('\n', start);
            if (next < 0)
            {
                return null;
            }

            start = next + 1;
            line++;
        }

        var from = start + comment.Span.StartColumn - 1;
        var end = file.IndexOf('\n', from);
        end = end < 0 ? file.Length : end;
        if (from > end)
        {
            return null;
        }

        return MappedText.SingleLine(file.Substring(from, end - from).TrimEnd('\r'), comment.Span.Start);
    }

    /// <summary>Where in the value the credential sits: "in a URL", "in the URL of 'DATABASE_URL'", "in 'GITHUB_TOKEN'".</summary>
    private static string Where(CredentialKind kind, string? key)
    {
        var part = kind switch
        {
            CredentialKind.UrlPassword => "URL",
            CredentialKind.ConnectionStringPassword => "connection string",
            CredentialKind.NpmConfigCredential => "npm settings",
            _ => null,
        };

        if (key is null)
        {
            return part is null ? "" : (kind == CredentialKind.NpmConfigCredential ? "in " : "in a ") + part;
        }

        return part is null ? $"in '{key}'" : $"in the {part} of '{key}'";
    }

    /// <summary>"Hard-coded password 'hu*****' in a URL in RUN": the parts that are not empty, one space apart.</summary>
    private static string Phrase(CredentialKind kind, string redacted, params string[] places)
    {
        var phrase = $"Hard-coded {Describe(kind)} '{redacted}'";
        foreach (var place in places)
        {
            if (place.Length > 0)
            {
                phrase += " " + place;
            }
        }

        return phrase;
    }

    private static string Describe(CredentialKind kind) => new CredentialMatch(0, 0, kind).Description;

    private static bool Overlaps(SourceSpan a, SourceSpan b) =>
        a.Start.CompareTo(b.End) < 0 && b.Start.CompareTo(a.End) < 0;

    private sealed record Finding(SourceSpan Span, CredentialKind Kind, string Redacted, string Where);
}
