using System;
using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Pipeline;

/// <summary>One Dockerfile: parse, build the model, run every rule; a failing rule never stops the others.</summary>
internal static class DockerfileAnalysis
{
    public static FileFindings Analyze(SourceFile file, RuleSettings settings, IReadOnlyList<IDockerfileRule> rules) =>
        Analyze(ParsedDockerfile.Of(file), settings, rules);

    /// <summary>Runs the rules on a file already read and parsed (one whose <see cref="ParsedDockerfile.Read"/> succeeded).</summary>
    public static FileFindings Analyze(ParsedDockerfile parsed, RuleSettings settings, IReadOnlyList<IDockerfileRule> rules)
    {
        var file = parsed.Read.File!;
        var diagnostics = new List<Diagnostic>();
        if (parsed.Parsed?.Error is { } error)
        {
            diagnostics.Add(new Diagnostic(RuleCatalog.DockerfileParseError, file.Path, error.Span, $"Dockerfile cannot be parsed: {error.Message}."));
            return new FileFindings(diagnostics, null);
        }

        var syntax = parsed.Parsed!.Syntax!;
        var context = new DockerfileContext(file, parsed.Model!, settings, diagnostics);
        foreach (var rule in rules)
        {
            try
            {
                rule.Analyze(context);
            }
            catch (Exception exception)
            {
                diagnostics.Add(InternalError.For(rule.Descriptor, file.Path, exception));
            }
        }

        var suppressions = SuppressionSet.Create(
            file.Path,
            syntax.Comments.Select(comment => (comment.Text, comment.Span)),
            syntax.Instructions.Select(instruction => instruction.Span));
        return new FileFindings(diagnostics, suppressions);
    }
}
