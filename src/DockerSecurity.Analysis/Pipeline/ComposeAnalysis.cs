using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;

namespace DockerSecurity.Analysis.Pipeline;

/// <summary>
/// Compose files: grouped into the sets Compose merges (base + overrides), each set loaded and
/// merged, then every rule run on the merged project. A finding in a base file that several sets
/// share is found once per set and de-duplicated by the caller.
/// </summary>
internal static class ComposeAnalysis
{
    public static IReadOnlyList<Diagnostic> Analyze(IReadOnlyList<string> composeFiles, RuleSettings settings, IReadOnlyList<IComposeRule> rules)
    {
        var diagnostics = new List<Diagnostic>();
        var dockerfiles = new DockerfileModels();
        foreach (var set in ComposeFileSet.Discover(composeFiles))
        {
            var loaded = ComposeLoader.Load(set.Files);
            diagnostics.AddRange(loaded.Diagnostics);
            var context = new ComposeContext(loaded.Project, set, settings, dockerfiles, diagnostics);
            foreach (var rule in rules)
            {
                try
                {
                    rule.Analyze(context);
                }
                catch (Exception exception)
                {
                    diagnostics.Add(InternalError.For(rule.Descriptor, set.BaseFile, exception));
                }
            }
        }

        return diagnostics;
    }
}
