using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DockerSecurity.Analysis;
using DockerSecurity.Analysis.Pipeline;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;
using Microsoft.Build.Framework;

namespace DockerSecurity.Build;

/// <summary>
/// Checks the project's Dockerfiles and compose files and logs each finding as an MSBuild error,
/// warning or message. A thin adapter: the engine decides findings and their effective severity.
/// </summary>
public sealed class DockerSecurityCheck : Microsoft.Build.Utilities.Task
{
    private const int FilesNamedInInternalError = 5;

    public ITaskItem[] Dockerfiles { get; set; } = Array.Empty<ITaskItem>();

    public ITaskItem[] ComposeFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project folder; relative item paths are resolved against it.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = "";

    /// <summary>The project file ($(MSBuildProjectFullPath)): where findings about MSBuild properties are reported.</summary>
    public string? ProjectFile { get; set; }

    /// <summary>
    /// DockerSecurityIncludeSolutionComposeFiles: also check the compose files of the nearest folder above the
    /// project (docker-compose.yml next to the .sln) when they build this project and this project owns them.
    /// </summary>
    public string? IncludeSolutionComposeFiles { get; set; }

    /// <summary>The folder holding .git, or the solution or project folder when there is none.</summary>
    public string? RepositoryRoot { get; set; }

    /// <summary>.globalconfig files and presets, in any order.</summary>
    public ITaskItem[] GlobalConfigFiles { get; set; } = Array.Empty<ITaskItem>();

    public string? NoWarn { get; set; }

    public string? WarningsAsErrors { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>DockerSecurityTrustedRegistries; empty leaves DKS1005 off.</summary>
    public string? TrustedRegistries { get; set; }

    /// <summary>DockerSecurityAllowedCapabilities; empty keeps the engine's default list.</summary>
    public string? AllowedCapabilities { get; set; }

    /// <summary>DockerSecurityAllowedRestartPolicies; empty keeps the engine's default list.</summary>
    public string? AllowedRestartPolicies { get; set; }

    /// <summary>DockerSecurityErrorLog: where to write the SARIF log (relative to the project); empty writes none.</summary>
    public string? ErrorLog { get; set; }

    /// <summary>DockerSecurityBaselineFile: accepted findings; a file that does not exist means no baseline.</summary>
    public string? BaselineFile { get; set; }

    /// <summary>DockerSecurityUpdateBaseline: <c>true</c> writes every current finding to <see cref="BaselineFile"/> instead of reporting it.</summary>
    public string? UpdateBaseline { get; set; }

    /// <summary>
    /// Where the findings of the last check are kept with the facts they depend on; a rebuild that changed
    /// none of them replays the findings instead of checking again. Empty disables the cache.
    /// </summary>
    public string? CacheFile { get; set; }

    /// <summary>DockerSecurityAnalysisMode, only to say when it is unknown: the targets already chose its preset file.</summary>
    public string? AnalysisMode { get; set; }

    /// <summary>The engine's front door; replaced in tests to observe requests and simulate failures.</summary>
    internal Func<AnalysisRequest, AnalysisResult> Analyzer { get; set; } = DockerSecurityAnalyzer.Analyze;

    public override bool Execute()
    {
        var projectDirectory = Path.GetFullPath(string.IsNullOrEmpty(ProjectDirectory) ? "." : ProjectDirectory);
        var dockerfiles = AbsolutePaths(Dockerfiles, projectDirectory);
        var composeFiles = AbsolutePaths(ComposeFiles, projectDirectory);
        try
        {
            var request = CreateRequest(projectDirectory, dockerfiles, composeFiles);
            LogInputs(request);
            // The task node's file is the package's .targets, not the project.
            var reporter = new MSBuildReporter(Log, projectDirectory, request.ProjectFile ?? BuildEngine?.ProjectFileOfTaskNode);
            var projectDiagnostics = new ProjectDiagnostics(request);
            var cacheKey = request.CacheKey(AnalysisMode ?? "", ErrorLog ?? "", UpdateBaseline ?? "", ToolVersion.Current);
            var cacheFile = CachePath(projectDirectory, request);
            if (cacheFile is not null && ErrorLogIsPresent(projectDirectory) && FindingsCache.TryReplay(cacheFile, cacheKey) is { } replayed)
            {
                Log.LogMessage(MessageImportance.Normal, "DockerSecurity.Build: nothing the last check read has changed; reporting its {0} finding(s) again.", replayed.Count);
                Report(reporter, replayed.Concat(PropertyProblems(projectDirectory, projectDiagnostics)));
                return !Log.HasLoggedErrors;
            }

            var (analyzed, inputs) = AnalyzeRecordingInputs(request);
            var result = WithPropertyProblems(analyzed, PropertyProblems(projectDirectory, projectDiagnostics).ToList());

            // Suppressed findings (inline comments, baseline) go to the SARIF log only.
            Report(reporter, result.Reported);
            LogBaselineWritten(request, result);
            WriteErrorLog(projectDirectory, result, request.RepositoryRoot, reporter, projectDiagnostics);
            if (cacheFile is not null)
            {
                FindingsCache.Write(cacheFile, cacheKey, analyzed.Reported, inputs);
            }
        }
        catch (Exception exception)
        {
            // A Docker file must never crash the build: report the failure once and let MSBuild go on.
            Log.LogError(
                "DockerSecurity.Build internal error while checking {0}: {1}: {2} Please report it with the file(s) that cause it.",
                DescribeFiles(dockerfiles.Concat(composeFiles).ToList()),
                exception.GetType().FullName,
                exception.Message);
            Log.LogMessage(MessageImportance.Low, exception.ToString());
        }

        return !Log.HasLoggedErrors;
    }

    private AnalysisRequest CreateRequest(string projectDirectory, IReadOnlyList<string> dockerfiles, IReadOnlyList<string> composeFiles) => new()
    {
        ProjectDirectory = projectDirectory,
        RepositoryRoot = string.IsNullOrWhiteSpace(RepositoryRoot) ? null : FolderPath(Path.Combine(projectDirectory, RepositoryRoot)),
        Dockerfiles = dockerfiles,
        ComposeFiles = composeFiles,
        ProjectFile = string.IsNullOrWhiteSpace(ProjectFile) ? null : Path.GetFullPath(Path.Combine(projectDirectory, ProjectFile)),
        IncludeSolutionComposeFiles = string.IsNullOrWhiteSpace(IncludeSolutionComposeFiles)
            || !MSBuildBoolean.TryParse(IncludeSolutionComposeFiles, out var includeSolution) || includeSolution,
        GlobalConfigFiles = AbsolutePaths(GlobalConfigFiles, projectDirectory),
        MSBuildOptions = new MSBuildDiagnosticOptions
        {
            NoWarn = PropertyList.Split(NoWarn),
            WarningsAsErrors = PropertyList.Split(WarningsAsErrors),
            WarningsNotAsErrors = PropertyList.Split(WarningsNotAsErrors),
            TreatWarningsAsErrors = TreatWarningsAsErrors,
        },
        Settings = BuildSettings(),
        BaselineFile = BaselinePath(projectDirectory),
        UpdateBaseline = MSBuildBoolean.TryParse(UpdateBaseline, out var update) && update,
    };

    /// <summary>Runs the engine and records every file-system fact it used, for the findings cache.</summary>
    private (AnalysisResult Result, IReadOnlyList<FileSystemInput> Inputs) AnalyzeRecordingInputs(AnalysisRequest request)
    {
        using var recording = TrackedFileSystem.StartRecording();
        var result = Analyzer(request);
        return (result, recording.Inputs);
    }

    private static AnalysisResult WithPropertyProblems(AnalysisResult analyzed, IReadOnlyList<Diagnostic> propertyProblems) =>
        propertyProblems.Count == 0
            ? analyzed
            : new AnalysisResult(analyzed.Diagnostics.Concat(propertyProblems).ToList(), analyzed.BaselineEntriesWritten);

    private static void Report(MSBuildReporter reporter, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            reporter.Report(diagnostic);
        }
    }

    /// <summary>Writes the SARIF log, if one is asked for; a log that cannot be written is a DKS0005 finding, not a failed build.</summary>
    private void WriteErrorLog(string projectDirectory, AnalysisResult result, string? repositoryRoot, MSBuildReporter reporter, ProjectDiagnostics projectDiagnostics)
    {
        if (!string.IsNullOrWhiteSpace(ErrorLog)
            && ErrorLogFile.Write(projectDirectory, ErrorLog!, result, repositoryRoot, reporter.ProjectFile) is { } failure)
        {
            Report(reporter, projectDiagnostics.InvalidConfiguration(failure));
        }
    }

    /// <summary>The cache file, or null when caching is off or cannot help (a baseline update always checks).</summary>
    private string? CachePath(string projectDirectory, AnalysisRequest request) =>
        request.UpdateBaseline || string.IsNullOrWhiteSpace(CacheFile) || !PropertyPath.TryResolve(projectDirectory, CacheFile!, out var full, out _)
            ? null
            : full;

    /// <summary>The replayed findings are only complete if the SARIF log of the run that cached them is still there.</summary>
    private bool ErrorLogIsPresent(string projectDirectory) =>
        string.IsNullOrWhiteSpace(ErrorLog) || (PropertyPath.TryResolve(projectDirectory, ErrorLog!, out var full, out _) && File.Exists(full));

    /// <summary>One line at normal verbosity (-v:n, binary logs) that says what was checked with which configuration.</summary>
    private void LogInputs(AnalysisRequest request)
    {
        var globalConfigs = request.GlobalConfigFiles.Count == 0
            ? "none"
            : string.Join(", ", request.GlobalConfigFiles.OrderBy(path => path, StringComparer.Ordinal).Select(path => "'" + path + "'"));
        Log.LogMessage(
            MessageImportance.Normal,
            "DockerSecurity.Build: checking {0} Dockerfile(s) and {1} compose file(s); repository root '{2}'; global config files: {3}.",
            request.Dockerfiles.Count,
            request.ComposeFiles.Count,
            request.RepositoryRoot ?? "unknown",
            globalConfigs);
    }

    private string? BaselinePath(string projectDirectory) =>
        !string.IsNullOrWhiteSpace(BaselineFile) && PropertyPath.TryResolve(projectDirectory, BaselineFile!, out var path, out _) ? path : null;

    /// <summary>The DKS0005 findings about the properties only the task reads.</summary>
    private IEnumerable<Diagnostic> PropertyProblems(string projectDirectory, ProjectDiagnostics projectDiagnostics) =>
        PropertyProblemMessages(projectDirectory).SelectMany(projectDiagnostics.InvalidConfiguration);

    private IEnumerable<string> PropertyProblemMessages(string projectDirectory)
    {
        if (!string.IsNullOrWhiteSpace(BaselineFile) && !PropertyPath.TryResolve(projectDirectory, BaselineFile!, out _, out var problem))
        {
            yield return $"DockerSecurityBaselineFile '{BaselineFile}' is not a valid path ({problem}): no baseline is used.";
        }

        if (!AnalysisModes.IsKnown(AnalysisMode))
        {
            yield return AnalysisModes.UnknownMessage(AnalysisMode!);
        }

        if (!MSBuildBoolean.TryParse(UpdateBaseline, out _))
        {
            yield return $"DockerSecurityUpdateBaseline '{UpdateBaseline}' is not true or false: the baseline is not updated.";
        }
    }

    /// <summary>The one line that says the baseline was written, unless writing it failed (the engine then reports DKS0005 at the file).</summary>
    private void LogBaselineWritten(AnalysisRequest request, AnalysisResult result)
    {
        // The engine gives no count when it could not write the file; it reported why (DKS0005).
        if (request.UpdateBaseline && request.BaselineFile is { } path && result.BaselineEntriesWritten is { } written)
        {
            Log.LogMessage(MessageImportance.High, "DockerSecurity.Build: wrote {0} finding(s) to {1}", written, path);
        }
    }

    private RuleSettings BuildSettings()
    {
        var defaults = RuleSettings.Default;
        var capabilities = PropertyList.Split(AllowedCapabilities);
        var restartPolicies = PropertyList.Split(AllowedRestartPolicies);
        return new RuleSettings
        {
            TrustedRegistries = PropertyList.Split(TrustedRegistries),
            AllowedCapabilities = capabilities.Count > 0 ? capabilities : defaults.AllowedCapabilities,
            AllowedRestartPolicies = restartPolicies.Count > 0 ? restartPolicies : defaults.AllowedRestartPolicies,
        };
    }

    private static IReadOnlyList<string> AbsolutePaths(ITaskItem[]? items, string projectDirectory)
    {
        if (items is null)
        {
            return Array.Empty<string>();
        }

        return items
            .Where(item => !string.IsNullOrWhiteSpace(item.ItemSpec))
            .Select(item => Path.GetFullPath(Path.Combine(projectDirectory, item.ItemSpec)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>An absolute folder path without a trailing separator (except for a root).</summary>
    private static string FolderPath(string path)
    {
        var full = Path.GetFullPath(path);
        var trimmed = full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return trimmed.Length == 0 || trimmed.EndsWith(":", StringComparison.Ordinal) ? full : trimmed;
    }

    private static string DescribeFiles(IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            return "no files";
        }

        var named = string.Join(", ", files.Take(FilesNamedInInternalError).Select(file => "'" + file + "'"));
        return files.Count > FilesNamedInInternalError ? $"{named} and {files.Count - FilesNamedInInternalError} more" : named;
    }
}
