using System;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Pipeline;

/// <summary>A bug of ours, reported as one error that names the rule and the file, so the other rules and files still run.</summary>
internal static class InternalError
{
    public static Diagnostic For(RuleDescriptor rule, string path, Exception exception) =>
        new(RuleCatalog.InternalError, path, new SourceSpan(1, 1, 1, 1),
            $"Rule {rule.Id} failed on this file ({exception.GetType().Name}: {exception.Message}); the other rules ran. Please report this bug.");
}
