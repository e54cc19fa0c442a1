using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Pipeline;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis;

/// <summary>
/// The engine's front door: files in, configured findings out. No MSBuild in here. The steps run
/// in one direction: rules, inline suppressions, severities, baseline.
/// </summary>
public static class DockerSecurityAnalyzer
{
    public static AnalysisResult Analyze(AnalysisRequest request)
    {
        var findings = new List<Diagnostic>();
        var suppressionSets = new List<SuppressionSet>();
        var dockerfiles = new DockerfileModels();
        AnalyzeDockerfiles(request, dockerfiles, findings, suppressionSets);

        var composeFiles = ComposeFilesOf(request);
        var compose = ComposeAnalysis.Analyze(composeFiles, request.Settings, ComposeRules.All, dockerfiles);
        findings.AddRange(compose.Diagnostics);
        suppressionSets.AddRange(compose.Suppressions);

        var marked = ApplyInlineSuppressions(findings, suppressionSets);
        var configuration = SeverityConfiguration.Load(request.GlobalConfigFiles, request.MSBuildOptions);
        var configured = configuration.Apply(marked).ToList();

        int? baselineEntriesWritten = null;
        if (request.BaselineFile is { } baselinePath)
        {
            if (request.UpdateBaseline)
            {
                (configured, baselineEntriesWritten) = UpdateBaseline(baselinePath, configured, request);
            }
            else if (TrackedFileSystem.FileExists(baselinePath))
            {
                configured = ApplyBaseline(baselinePath, configured, request, request.Dockerfiles.Concat(composeFiles), configuration);
            }
        }

        configured.AddRange(configuration.ConfigurationDiagnostics);
        return new AnalysisResult(Sort(configured), baselineEntriesWritten);
    }

    private static void AnalyzeDockerfiles(AnalysisRequest request, DockerfileModels dockerfiles, List<Diagnostic> findings, List<SuppressionSet> suppressionSets)
    {
        foreach (var path in request.Dockerfiles.Distinct(StringComparer.Ordinal))
        {
            var parsed = dockerfiles.Load(path);
            if (parsed.Read.File is null)
            {
                findings.Add(FileSkipped(path, parsed.Read));
                continue;
            }

            var file = DockerfileAnalysis.Analyze(parsed, request.Settings, DockerfileRules.All);
            findings.AddRange(file.Diagnostics);
            if (file.Suppressions is { } set)
            {
                suppressionSets.Add(set);
            }
        }
    }

    /// <summary>The project's own compose files, and the solution-level ones it owns.</summary>
    public static IReadOnlyList<string> ComposeFilesOf(AnalysisRequest request)
    {
        var files = request.ComposeFiles.ToList();
        if (request.IncludeSolutionComposeFiles && request.ProjectFile is { } project)
        {
            var solutionFiles = ComposeDiscovery.FindSolutionComposeFiles(request.ProjectDirectory, request.RepositoryRoot);
            if (solutionFiles.Count > 0 && ComposeDiscovery.IsOwner(solutionFiles, project))
            {
                files.AddRange(solutionFiles);
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    internal static Diagnostic FileSkipped(string path, SourceFileReadResult read)
    {
        var position = read.RefusalPosition ?? new SourcePosition(1, 1);
        return new Diagnostic(
            RuleCatalog.FileSkipped,
            path,
            new SourceSpan(position, position),
            $"'{Path.GetFileName(path)}' is skipped: {read.Refusal}.");
    }

    /// <summary>Marks what inline comments suppress; comments that suppress nothing or name unknown rules become findings themselves.</summary>
    private static List<Diagnostic> ApplyInlineSuppressions(List<Diagnostic> findings, List<SuppressionSet> sets)
    {
        var byFile = sets.ToDictionary(set => set.FilePath, StringComparer.Ordinal);
        var marked = findings
            .Select(d => byFile.TryGetValue(d.FilePath, out var set) && set.TryMatch(d, out var suppression) ? d with { Suppression = suppression } : d)
            .ToList();
        foreach (var set in sets)
        {
            marked.AddRange(set.ConfigurationDiagnostics);
            marked.AddRange(set.GetUnusedSuppressions());
        }

        return marked;
    }

    private static List<Diagnostic> ApplyBaseline(
        string path, List<Diagnostic> configured, AnalysisRequest request, IEnumerable<string> analyzedFiles, SeverityConfiguration configuration)
    {
        var read = BaselineFile.Read(path);
        var result = configured.Where(d => d.IsSuppressed).ToList();
        result.AddRange(configuration.Apply(read.Diagnostics));
        if (read.Baseline is not { } baseline)
        {
            result.AddRange(configured.Where(d => !d.IsSuppressed));
            return result;
        }

        var match = BaselineMatcher.Match(configured.Where(d => !d.IsSuppressed), baseline, request.RepositoryRoot, analyzedFiles);
        result.AddRange(match.New.Select(f => f.Diagnostic));
        result.AddRange(match.Baselined.Select(f => f.Diagnostic with { Suppression = f.Suppression }));
        result.AddRange(configuration.Apply(match.StaleDiagnostics));
        return result;
    }

    /// <returns>The findings (accepted ones marked) and how many entries were written; null entries when the file could not be written.</returns>
    private static (List<Diagnostic> Configured, int? Written) UpdateBaseline(string path, List<Diagnostic> configured, AnalysisRequest request)
    {
        var baseline = Baseline.Create(configured.Where(d => !d.IsSuppressed), request.RepositoryRoot);
        var result = new List<Diagnostic>();
        if (BaselineFile.Write(path, baseline) is { } failure)
        {
            result.AddRange(configured);
            result.Add(failure);
            return (result, null);
        }

        var accepted = new Suppression(SuppressionKind.External, BaselineMatcher.JustificationFor(path), path);
        result.AddRange(configured.Select(d => d.IsSuppressed || !Baseline.CanBaseline(d.Descriptor) ? d : d with { Suppression = accepted }));
        return (result, baseline.Entries.Count);
    }

    private static List<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .Distinct()
        .OrderBy(d => d.FilePath, StringComparer.Ordinal)
        .ThenBy(d => d.Span.Start)
        .ThenBy(d => d.Id, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}
