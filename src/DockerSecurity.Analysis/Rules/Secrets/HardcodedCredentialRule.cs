using System;
using System.Collections.Generic;
using System.Linq;
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
    private static readonly HashSet<string> Shells = new(ShellParseOptions.PosixShells, StringComparer.Ordinal);

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
            var taken = new SpanIndex(findings.Select(f => f.Span));
            foreach (var command in SpanIndex.KeepApart(commands, c => c.Span, taken))
            {
                findings.Add(new Finding(command.Span, command.Kind, Reporting.Redaction.Redact(command.Secret), $"in {command.Where}"));
            }

            findings.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            foreach (var finding in findings)
            {
                context.Report(Descriptor, finding.Span,
                    $"{Phrase(finding.Kind, finding.Redacted, finding.Where, "in " + keyword)}: it is kept in the repository and in the image; revoke it and pass it as a build secret (RUN --mount=type=secret)",
                    $"{keyword} {Describe(finding.Kind)} {finding.Redacted}");
            }
        }

        var lineStarts = syntax.Comments.Count > 0 ? LineStarts(context.File.Text) : null;
        foreach (var comment in syntax.Comments)
        {
            if (CommentText(context.File.Text, lineStarts!, comment) is not { } text)
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
        var spans = new ComposeSpans(context);
        var findings = new List<(ComposeOrigin Origin, CredentialKind Kind, string Redacted, string Where)>();
        foreach (var (scalar, key) in ComposeValues.Scalars(context.Project))
        {
            foreach (var match in CredentialPatterns.Find(scalar.Raw))
            {
                findings.Add((spans.OriginOf(scalar, match.Start, match.Length), match.Kind, match.Redacted(scalar.Raw), Where(match.Kind, key)));
            }
        }

        var commands = new List<(ComposeOrigin Origin, CredentialKind Kind, string Redacted, string Where)>();
        foreach (var node in ComposeValues.CommandLines(context.Project))
        {
            var found = new List<CommandCredential>();
            ScanComposeCommand(node, spans, found);
            foreach (var command in found)
            {
                commands.Add((new ComposeOrigin(node.Origin.FilePath, command.Span), command.Kind, Reporting.Redaction.Redact(command.Secret), "in " + command.Where));
            }
        }

        // A password the text scan found (a URL on a command line) is reported once, as the text scan saw it.
        foreach (var file in commands.GroupBy(c => c.Origin.FilePath))
        {
            var taken = new SpanIndex(findings.Where(f => f.Origin.FilePath == file.Key).Select(f => f.Origin.Span));
            findings.AddRange(SpanIndex.KeepApart(file, c => c.Origin.Span, taken));
        }

        foreach (var (origin, kind, redacted, where) in findings)
        {
            context.Report(Descriptor, origin,
                $"{Phrase(kind, redacted, where)}: it is kept in the repository; revoke it and supply it through an environment variable or a Docker secret",
                $"{Describe(kind)} {redacted} {where}".TrimEnd());
        }
    }

    /// <summary>
    /// The words of a RUN (its shell script), of a shell-form CMD/ENTRYPOINT/HEALTHCHECK, or of an
    /// exec-form list; for ONBUILD, of the instruction it registers.
    /// </summary>
    private static void ScanCommands(DockerfileContext context, Instruction instruction, List<CommandCredential> found)
    {
        var target = instruction.OnBuild ?? instruction;
        if (!target.Is(InstructionKeywords.Run) && !target.Is(InstructionKeywords.Cmd) && !target.Is(InstructionKeywords.Entrypoint) && !target.Is(InstructionKeywords.Healthcheck))
        {
            return;
        }

        if (ReferenceEquals(target, instruction) && context.ShellOf(instruction) is { } script)
        {
            CommandCredentials.Scan(script, null, found);
        }
        else if (target.IsExecForm)
        {
            ScanExecForm(target.Arguments, target.Is(InstructionKeywords.Healthcheck) ? 1 : 0, found);
        }
        else if (target.CommandText is { } command && context.Model.StageOf(instruction) is { } stage && context.IsPosixShell(stage, instruction))
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
            findings.Add(new Finding(text.GetSpan(match.Start, match.Length), match.Kind, match.Redacted(text.Text), Where(match.Kind, null)));
        }
    }

    /// <summary>The line of a comment from its <c>#</c> on, each character at its own column.</summary>
    private static MappedText? CommentText(string file, List<int> lineStarts, DockerfileComment comment)
    {
        if (comment.Span.StartLine < 1 || comment.Span.StartLine > lineStarts.Count)
        {
            return null;
        }

        var from = lineStarts[comment.Span.StartLine - 1] + comment.Span.StartColumn - 1;
        if (from > file.Length)
        {
            return null;
        }

        var end = file.IndexOf('\n', from);
        end = end < 0 ? file.Length : end;
        return MappedText.SingleLine(file.Substring(from, end - from).TrimEnd('\r'), comment.Span.Start);
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts;
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

    private sealed record Finding(SourceSpan Span, CredentialKind Kind, string Redacted, string Where);
}
