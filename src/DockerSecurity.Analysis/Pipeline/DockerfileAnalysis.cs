using System;
using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Pipeline;

/// <summary>One Dockerfile: parse, build the model, run every rule; a failing rule never stops the others.</summary>
internal static class DockerfileAnalysis
{
    public static FileFindings Analyze(SourceFile file, RuleSettings settings, IReadOnlyList<IDockerfileRule> rules)
    {
        var diagnostics = new List<Diagnostic>();
        var parsed = DockerfileParser.Parse(file);
        if (parsed.Error is { } error)
        {
            diagnostics.Add(new Diagnostic(RuleCatalog.DockerfileParseError, file.Path, error.Span, $"Dockerfile cannot be parsed: {error.Message}."));
            return new FileFindings(diagnostics, null);
        }

        var syntax = parsed.Syntax!;
        var context = new DockerfileContext(file, DockerfileModel.Create(syntax), settings, diagnostics);
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
