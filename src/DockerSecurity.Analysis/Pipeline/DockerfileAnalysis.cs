using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Pipeline;

/// <summary>One Dockerfile: parse, build the model, run every rule; a failing rule never stops the others.</summary>
internal static class DockerfileAnalysis
{
    public static IReadOnlyList<Diagnostic> Analyze(SourceFile file, RuleSettings settings, IReadOnlyList<IDockerfileRule> rules)
    {
        var diagnostics = new List<Diagnostic>();
        var parsed = DockerfileParser.Parse(file);
        if (parsed.Error is { } error)
        {
            diagnostics.Add(new Diagnostic(RuleCatalog.DockerfileParseError, file.Path, error.Span, $"Dockerfile cannot be parsed: {error.Message}."));
            return diagnostics;
        }

        var context = new DockerfileContext(file, DockerfileModel.Create(parsed.Syntax!), settings, diagnostics);
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

        return diagnostics;
    }
}
