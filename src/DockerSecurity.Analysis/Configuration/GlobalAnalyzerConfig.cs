using System;
using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Reporting;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// All global configs merged into one, as Roslyn's <c>GlobalAnalyzerConfigBuilder</c> merges them:
/// for each key (per section), the config with the highest <c>global_level</c> wins; when two at the
/// highest level set it, the key is dropped from all of them and reported. A later higher level
/// still overrides a dropped key.
/// </summary>
internal sealed class GlobalAnalyzerConfig
{
    public static readonly GlobalAnalyzerConfig Empty = new(
        new Dictionary<string, string>(AnalyzerConfigSection.KeyComparer),
        new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal),
        Array.Empty<Diagnostic>());

    private GlobalAnalyzerConfig(
        IReadOnlyDictionary<string, string> globalProperties,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> sectionsByPath,
        IReadOnlyList<Diagnostic> diagnostics)
    {
        GlobalProperties = globalProperties;
        SectionsByPath = sectionsByPath;
        Diagnostics = diagnostics;
    }

    /// <summary>The merged preambles, without <c>is_global</c> and <c>global_level</c>: they apply to every file.</summary>
    public IReadOnlyDictionary<string, string> GlobalProperties { get; }

    /// <summary>The merged sections, by the normalized absolute path of the one file each applies to.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> SectionsByPath { get; }

    /// <summary>DKS0005 for our keys set by two global configs at the same level.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public static GlobalAnalyzerConfig Merge(IEnumerable<AnalyzerConfig> globalConfigs)
    {
        var merger = new Merger();
        foreach (var config in globalConfigs
                     .OrderBy(c => c.NormalizedDirectory.Length)
                     .ThenBy(c => c.NormalizedPath, StringComparer.Ordinal))
        {
            merger.Add(config);
        }

        return merger.Build();
    }

    private sealed record Origin(string ConfigPath, AnalyzerConfigProperty Property);

    private sealed record Entry(string Value, int Level, Origin Origin);

    private sealed record Conflict(int Level, List<Origin> Origins);

    private sealed class Merger
    {
        private const string PreambleName = "";

        private readonly Dictionary<string, Dictionary<string, Entry>> values = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, Conflict>> conflicts = new(StringComparer.Ordinal);

        public void Add(AnalyzerConfig config)
        {
            MergeSection(PreambleName, config.GlobalSection, config, isPreamble: true);
            foreach (var section in config.NamedSections)
            {
                // Other names are reported when the file is parsed.
                if (GlobalSectionName.IsAbsolutePath(section.Name))
                {
                    MergeSection(GlobalSectionName.ToPath(section.Name), section, config, isPreamble: false);
                }
            }
        }

        public GlobalAnalyzerConfig Build()
        {
            var diagnostics = new List<Diagnostic>();
            foreach (var section in conflicts)
            {
                foreach (var key in section.Value)
                {
                    if (DiagnosticOptionKeys.ConcernsUs(key.Key))
                    {
                        Report(section.Key, key.Key, key.Value, diagnostics);
                    }
                }
            }

            var globalProperties = values.TryGetValue(PreambleName, out var preamble)
                ? ToValues(preamble)
                : new Dictionary<string, string>(AnalyzerConfigSection.KeyComparer);
            var sections = values
                .Where(s => s.Key.Length > 0)
                .ToDictionary(s => s.Key, s => (IReadOnlyDictionary<string, string>)ToValues(s.Value), StringComparer.Ordinal);
            return new GlobalAnalyzerConfig(globalProperties, sections, diagnostics);
        }

        private void MergeSection(string name, AnalyzerConfigSection section, AnalyzerConfig config, bool isPreamble)
        {
            if (!values.TryGetValue(name, out var sectionValues))
            {
                sectionValues = new Dictionary<string, Entry>(AnalyzerConfigSection.KeyComparer);
                values.Add(name, sectionValues);
            }

            conflicts.TryGetValue(name, out var sectionConflicts);
            var level = config.GlobalLevel;
            foreach (var property in section.Properties.Values)
            {
                var key = property.Key;
                if (isPreamble && (AnalyzerConfigSection.KeyComparer.Equals(key, AnalyzerConfig.GlobalKey) ||
                                   AnalyzerConfigSection.KeyComparer.Equals(key, AnalyzerConfig.GlobalLevelKey)))
                {
                    continue;
                }

                var origin = new Origin(config.PathToFile, property);
                var entry = new Entry(property.Value, level, origin);
                var isSet = sectionValues.TryGetValue(key, out var existing);
                Conflict? conflict = null;
                var isConflicted = !isSet && sectionConflicts is not null && sectionConflicts.TryGetValue(key, out conflict);
                if (!isSet && !isConflicted)
                {
                    sectionValues[key] = entry;
                    continue;
                }

                var currentLevel = isSet ? existing!.Level : conflict!.Level;
                if (currentLevel < level)
                {
                    sectionValues[key] = entry;
                    if (isConflicted)
                    {
                        sectionConflicts!.Remove(key);
                    }
                }
                else if (currentLevel == level)
                {
                    if (sectionConflicts is null)
                    {
                        sectionConflicts = new Dictionary<string, Conflict>(AnalyzerConfigSection.KeyComparer);
                        conflicts.Add(name, sectionConflicts);
                    }

                    var origins = conflict?.Origins ?? new List<Origin>();
                    origins.Add(origin);
                    sectionConflicts[key] = new Conflict(level, origins);
                    if (isSet)
                    {
                        sectionValues.Remove(key);
                        origins.Insert(0, existing!.Origin);
                    }
                }
            }
        }

        private static void Report(string sectionName, string key, Conflict conflict, List<Diagnostic> diagnostics)
        {
            var where = sectionName.Length == 0 ? "the preamble" : "section [" + sectionName + "]";
            var files = string.Join(", ", conflict.Origins.Select(o => o.ConfigPath).Distinct(StringComparer.Ordinal));
            foreach (var origin in conflict.Origins)
            {
                diagnostics.Add(ConfigurationProblem.At(origin.ConfigPath, origin.Property.KeySpan,
                    $"'{DiagnosticOptionKeys.Display(key)}' in {where} is set by several global configs at the same global_level {conflict.Level} ({files}), so none of them applies (as in the C# compiler): give the one that should win a higher global_level."));
            }
        }

        private static Dictionary<string, string> ToValues(Dictionary<string, Entry> entries) =>
            entries.ToDictionary(e => e.Key, e => e.Value.Value, AnalyzerConfigSection.KeyComparer);
    }
}
