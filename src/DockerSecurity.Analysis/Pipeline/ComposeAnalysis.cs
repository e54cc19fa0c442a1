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
        var documents = new ComposeDocumentCache(ComposeLimits.Default);
        var sources = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var set in ComposeFileSet.Discover(composeFiles))
        {
            var loaded = ComposeLoader.Load(set.Files, documents);
            diagnostics.AddRange(loaded.Diagnostics);
            foreach (var source in loaded.Project.SourceFiles)
            {
                sources[source.Key] = source.Value;
            }

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

        return (diagnostics, SuppressionsOf(composeFiles, sources));
    }

    /// <summary>The inline suppressions of each given file, from the text the loader already read (a file it skipped has none).</summary>
    private static IReadOnlyList<SuppressionSet> SuppressionsOf(IReadOnlyList<string> composeFiles, Dictionary<string, SourceFile> sources)
    {
        var sets = new List<SuppressionSet>();
        foreach (var path in composeFiles)
        {
            if (sources.TryGetValue(path, out var file) || sources.TryGetValue(System.IO.Path.GetFullPath(path), out file))
            {
                sets.Add(YamlSuppressionTargets.Read(file));
            }
        }

        return sets;
    }
}
