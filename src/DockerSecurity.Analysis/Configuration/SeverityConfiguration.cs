using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// Everything that decides severities in one analysis: the global configs the build passes, the
/// .editorconfig files above each analysed file (found on demand, each folder once), and the MSBuild
/// warning properties, combined exactly as the C# compiler combines them for analyzer diagnostics
/// (see <see cref="SeverityResolver"/>). Never throws on bad configuration: what is ignored is
/// reported in <see cref="ConfigurationDiagnostics"/> (DKS0005). Safe to use from several threads.
/// </summary>
public sealed class SeverityConfiguration
{
    private readonly object gate = new();
    private readonly WarningSwitches switches;
    private readonly List<AnalyzerConfig> passedConfigs;
    private readonly List<AnalyzerConfig> passedEditorConfigs;
    private readonly List<Diagnostic> loadProblems;
    private readonly EditorConfigDiscovery discovery = new();
    private readonly Dictionary<string, AnalyzerConfigSet> setsByDirectory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AnalyzerConfigOptionsResult> optionsByFile = new(StringComparer.Ordinal);
    private GlobalAnalyzerConfig? global;
    private int mergedGlobalCount = -1;

    private SeverityConfiguration(WarningSwitches switches, List<AnalyzerConfig> passedConfigs, List<Diagnostic> loadProblems)
    {
        this.switches = switches;
        this.passedConfigs = passedConfigs;
        this.loadProblems = loadProblems;
        passedEditorConfigs = passedConfigs.Where(c => !c.IsGlobal).ToList();
    }

    /// <summary>
    /// DKS0005 findings about the configuration read so far (files that cannot be read, ignored
    /// sections and values, conflicting global configs), already configured themselves (NoWarn
    /// DKS0005 silences them). .editorconfig files are read as analysed files need them, so read this
    /// after <see cref="Apply"/>.
    /// </summary>
    public IReadOnlyList<Diagnostic> ConfigurationDiagnostics
    {
        get
        {
            lock (gate)
            {
                List<Diagnostic> raw;
                int loadedBefore;
                do
                {
                    // Resolving a finding may read the .editorconfig files above its own file.
                    loadedBefore = discovery.Loaded.Count;
                    raw = RawConfigurationDiagnostics();
                    foreach (var path in raw.Select(d => d.FilePath).Distinct(StringComparer.Ordinal))
                    {
                        OptionsFor(path);
                    }
                }
                while (discovery.Loaded.Count != loadedBefore);

                return raw
                    .Select(d => d with { Severity = Resolve(d.Descriptor, d.FilePath) })
                    .Where(d => d.Severity != DiagnosticSeverity.None)
                    .OrderBy(d => d.FilePath, StringComparer.Ordinal)
                    .ThenBy(d => d.Span.Start)
                    .ThenBy(d => d.Message, StringComparer.Ordinal)
                    .ToList();
            }
        }
    }

    /// <param name="globalConfigPaths">
    /// Global configs in any order: the user's <c>.globalconfig</c> files (level 100 unless they say
    /// otherwise) and shipped presets (give them a low <c>global_level</c>, such as -100; any
    /// .editorconfig beats every global config anyway). A file that is neither named
    /// <c>.globalconfig</c> nor has <c>is_global</c> acts as an .editorconfig for its folder, as it would for the compiler.
    /// </param>
    /// <param name="options">NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors.</param>
    public static SeverityConfiguration Load(IEnumerable<string> globalConfigPaths, MSBuildDiagnosticOptions options)
    {
        var configs = new List<AnalyzerConfig>();
        var problems = new List<Diagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in globalConfigPaths ?? Array.Empty<string>())
        {
            if (string.IsNullOrWhiteSpace(path) || !seen.Add(FullPathOrSelf(path)))
            {
                continue;
            }

            if (!ConfigFileReader.TryRead(path, out var text, out var problem))
            {
                problems.Add(ConfigurationProblem.At(path, ConfigurationProblem.WholeFile, $"This global config is not read: {problem}."));
                continue;
            }

            var config = AnalyzerConfig.Parse(text, path);
            configs.Add(config);
            if (!config.IsGlobal)
            {
                problems.Add(ConfigurationProblem.At(path, ConfigurationProblem.WholeFile,
                    "This file was passed as a global config but has no 'is_global = true' and is not named .globalconfig, so it acts as an .editorconfig for its folder (as it would for the C# compiler): add 'is_global = true' at its top."));
            }
        }

        return new SeverityConfiguration(WarningSwitches.From(options ?? MSBuildDiagnosticOptions.Default), configs, problems);
    }

    /// <summary>The severity <paramref name="descriptor"/>'s findings get in <paramref name="filePath"/>; None means off.</summary>
    public DiagnosticSeverity GetEffectiveSeverity(RuleDescriptor descriptor, string filePath)
    {
        lock (gate)
        {
            return Resolve(descriptor, filePath);
        }
    }

    /// <summary>The findings with their effective severity, in the same order; those configured off are dropped.</summary>
    public IReadOnlyList<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics)
    {
        var all = diagnostics.ToList();
        lock (gate)
        {
            // Read every folder's .editorconfig files first: one of them may be global, and a global
            // config applies to every file, so all findings must be judged with the same set.
            foreach (var path in all.Select(d => d.FilePath).Distinct(StringComparer.Ordinal))
            {
                Locate(path, out var directory);
                if (directory is not null)
                {
                    discovery.ChainFor(directory);
                }
            }

            var result = new List<Diagnostic>(all.Count);
            foreach (var diagnostic in all)
            {
                var severity = Resolve(diagnostic.Descriptor, diagnostic.FilePath);
                if (severity != DiagnosticSeverity.None)
                {
                    result.Add(diagnostic.Severity == severity ? diagnostic : diagnostic with { Severity = severity });
                }
            }

            return result;
        }
    }

    private DiagnosticSeverity Resolve(RuleDescriptor descriptor, string filePath)
    {
        var fileOptions = OptionsFor(filePath);
        return SeverityResolver.Resolve(descriptor, fileOptions, SetFor(null).GlobalConfigOptions, switches);
    }

    /// <summary>A file's options, worked out once per path as given (until a new global config clears the cache).</summary>
    private AnalyzerConfigOptionsResult OptionsFor(string? filePath)
    {
        var key = filePath ?? "";
        RefreshGlobal();
        if (!optionsByFile.TryGetValue(key, out var options))
        {
            var fullPath = Locate(key, out var directory);
            options = SetFor(directory).GetOptionsForSourcePath(fullPath ?? key);
            optionsByFile[key] = options;
        }

        return options;
    }

    /// <summary>The config set for files in <paramref name="directory"/> (null: files without a folder, global configs only).</summary>
    private AnalyzerConfigSet SetFor(string? directory)
    {
        var chain = directory is null ? Array.Empty<AnalyzerConfig>() : discovery.ChainFor(directory);
        RefreshGlobal();
        var key = directory ?? "";
        if (!setsByDirectory.TryGetValue(key, out var set))
        {
            set = AnalyzerConfigSet.Create(global!, chain.Concat(passedEditorConfigs));
            setsByDirectory[key] = set;
        }

        return set;
    }

    /// <summary>Merges the global configs again when discovery found a global .editorconfig.</summary>
    private void RefreshGlobal()
    {
        if (global is not null && mergedGlobalCount == discovery.Globals.Count)
        {
            return;
        }

        global = GlobalAnalyzerConfig.Merge(passedConfigs.Where(c => c.IsGlobal).Concat(discovery.Globals));
        mergedGlobalCount = discovery.Globals.Count;
        setsByDirectory.Clear();
        optionsByFile.Clear();
    }

    private List<Diagnostic> RawConfigurationDiagnostics()
    {
        RefreshGlobal();
        var seen = new HashSet<(string, Text.SourceSpan, string)>();
        return loadProblems
            .Concat(passedConfigs.SelectMany(c => c.Diagnostics))
            .Concat(discovery.ReadProblems)
            .Concat(discovery.Loaded.SelectMany(c => c.Diagnostics))
            .Concat(global!.Diagnostics)
            .Where(d => seen.Add((d.FilePath, d.Span, d.Message)))
            .ToList();
    }

    /// <summary>The absolute path and its folder, or nulls for a path that is not absolute or not valid.</summary>
    private static string? Locate(string? path, out string? directory)
    {
        directory = null;
        try
        {
            if (string.IsNullOrEmpty(path) || !Path.IsPathRooted(path))
            {
                return null;
            }

            var fullPath = Path.GetFullPath(path);
            directory = Path.GetDirectoryName(fullPath);
            return fullPath;
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            return null;
        }
    }

    private static string FullPathOrSelf(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            return path;
        }
    }
}
