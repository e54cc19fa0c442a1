using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Pipeline;

/// <summary>
/// Compose files: grouped into the sets Compose merges (base + overrides), each set loaded and
/// merged, then every rule run on the merged project. A finding in a base file that several sets
/// share is found once per set and de-duplicated by the caller.
/// </summary>
internal static class ComposeAnalysis
{
    public static (IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<SuppressionSet> Suppressions) Analyze(
        IReadOnlyList<string> composeFiles, RuleSettings settings, IReadOnlyList<IComposeRule> rules) =>
        Analyze(composeFiles, settings, rules, new DockerfileModels());

    /// <param name="dockerfiles">The Dockerfiles already read in this analysis, shared so a Dockerfile both analysed and built by a service is parsed once.</param>
    public static (IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<SuppressionSet> Suppressions) Analyze(
        IReadOnlyList<string> composeFiles, RuleSettings settings, IReadOnlyList<IComposeRule> rules, DockerfileModels dockerfiles)
    {
        var diagnostics = new List<Diagnostic>();
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

        return (diagnostics, ReadSuppressions(composeFiles));
    }

    private static IReadOnlyList<SuppressionSet> ReadSuppressions(IReadOnlyList<string> composeFiles)
    {
        var sets = new List<SuppressionSet>();
        foreach (var path in composeFiles)
        {
            if (SourceFileReader.Read(path).File is { } file)
            {
                sets.Add(YamlSuppressionTargets.Read(file));
            }
        }

        return sets;
    }
}
