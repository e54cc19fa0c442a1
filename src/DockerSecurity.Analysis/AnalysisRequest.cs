using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis;

/// <summary>What to analyse and how; built by the MSBuild task (or any other front end).</summary>
public sealed record AnalysisRequest
{
    /// <summary>The project folder; relative paths are resolved against it.</summary>
    public string ProjectDirectory { get; init; } = "";

    /// <summary>The repository root (the folder with .git), for repository-relative paths; null if unknown.</summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>Absolute paths of the Dockerfiles to check.</summary>
    public IReadOnlyList<string> Dockerfiles { get; init; } = Array.Empty<string>();

    /// <summary>The project file; with <see cref="IncludeSolutionComposeFiles"/> it decides which solution-level compose files this project owns.</summary>
    public string? ProjectFile { get; init; }

    /// <summary>
    /// Also check the compose files of the nearest folder above the project (the usual .NET layout:
    /// docker-compose.yml next to the .sln) when they build this project and this project is their
    /// owner (see <see cref="Compose.ComposeDiscovery.IsOwner"/>), so each finding is reported once per solution build.
    /// </summary>
    public bool IncludeSolutionComposeFiles { get; init; }

    /// <summary>Absolute paths of the compose files to check.</summary>
    public IReadOnlyList<string> ComposeFiles { get; init; } = Array.Empty<string>();

    /// <summary>Global analyzer config files (.globalconfig, presets), in any order.</summary>
    public IReadOnlyList<string> GlobalConfigFiles { get; init; } = Array.Empty<string>();

    /// <summary>NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors.</summary>
    public MSBuildDiagnosticOptions MSBuildOptions { get; init; } = MSBuildDiagnosticOptions.Default;

    /// <summary>The baseline of accepted findings; a file that does not exist means no baseline.</summary>
    public string? BaselineFile { get; init; }

    /// <summary>Write every current finding to <see cref="BaselineFile"/> instead of reporting it.</summary>
    public bool UpdateBaseline { get; init; }

    /// <summary>
    /// Everything about the request that decides its findings, and the engine's own identity, as a
    /// short hash: two requests with the same key over unchanged files have the same findings.
    /// </summary>
    /// <param name="frontEnd">What else the caller's findings depend on (its own settings).</param>
    public string CacheKey(params string[] frontEnd)
    {
        var engine = typeof(AnalysisRequest).Assembly.ManifestModule.ModuleVersionId;
        string List(IEnumerable<string> items) => string.Join("\u001f", items);
        var canonical = string.Join("\u001e", new[]
        {
            engine.ToString(), ProjectDirectory, RepositoryRoot ?? "", ProjectFile ?? "", IncludeSolutionComposeFiles.ToString(),
            List(Dockerfiles), List(ComposeFiles), List(GlobalConfigFiles),
            List(MSBuildOptions.NoWarn), List(MSBuildOptions.WarningsAsErrors), List(MSBuildOptions.WarningsNotAsErrors), MSBuildOptions.TreatWarningsAsErrors.ToString(),
            BaselineFile ?? "", UpdateBaseline.ToString(),
            List(Settings.TrustedRegistries), List(Settings.AllowedCapabilities), List(Settings.AllowedRestartPolicies),
            List(frontEnd),
        });
        return Text.Fingerprint.Of(canonical);
    }

    /// <summary>The rules' knobs.</summary>
    public RuleSettings Settings { get; init; } = RuleSettings.Default;
}
