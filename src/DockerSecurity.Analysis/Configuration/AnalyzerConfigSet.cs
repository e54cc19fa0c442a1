using System;
using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Reporting;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// A set of config files and the options they give each file, with Roslyn's precedence
/// (AnalyzerConfigSet.GetOptionsForSourcePath): global configs are merged into one, whose sections
/// come first; then .editorconfig files from the outermost folder in, each one's sections in file
/// order, later settings winning. A <c>root = true</c> .editorconfig discards the .editorconfig
/// settings gathered from folders above it (not the global config's).
/// </summary>
public sealed class AnalyzerConfigSet
{
    private readonly GlobalAnalyzerConfig global;
    private readonly IReadOnlyList<AnalyzerConfig> editorConfigs;
    private readonly IReadOnlyDictionary<string, SeveritySetting> globalSeverities;
    private readonly IReadOnlyDictionary<string, string> globalProperties;

    private AnalyzerConfigSet(GlobalAnalyzerConfig global, IEnumerable<AnalyzerConfig> editorConfigs)
    {
        this.global = global;

        // Shortest folder first, so closer files are applied later and win; OrderBy is stable.
        this.editorConfigs = editorConfigs.OrderBy(c => c.NormalizedDirectory.Length).ToList();
        var severities = NewSeverities();
        var properties = NewProperties();
        Fold(global.GlobalProperties.Select(p => (p.Key, p.Value)), severities, properties);
        globalSeverities = severities;
        globalProperties = properties;
        GlobalConfigOptions = new AnalyzerConfigOptionsResult(globalSeverities, globalProperties);
    }

    /// <summary>The settings of the merged global configs' preambles, which apply to every file.</summary>
    public AnalyzerConfigOptionsResult GlobalConfigOptions { get; }

    /// <summary>DKS0005 from merging the global configs (each file's own findings are on <see cref="AnalyzerConfig.Diagnostics"/>).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => global.Diagnostics;

    /// <summary>Global configs (by <see cref="AnalyzerConfig.IsGlobal"/>) are merged; the others act as .editorconfig files.</summary>
    public static AnalyzerConfigSet Create(IEnumerable<AnalyzerConfig> configs)
    {
        var all = configs.ToList();
        return new AnalyzerConfigSet(GlobalAnalyzerConfig.Merge(all.Where(c => c.IsGlobal)), all.Where(c => !c.IsGlobal));
    }

    internal static AnalyzerConfigSet Create(GlobalAnalyzerConfig global, IEnumerable<AnalyzerConfig> editorConfigs) =>
        new(global, editorConfigs);

    /// <summary>
    /// The options for one file. Severities come from the global config's section for this exact path
    /// and from matching .editorconfig sections; the global preamble's severities are in
    /// <see cref="GlobalConfigOptions"/> instead, because they rank below every per-file setting.
    /// </summary>
    public AnalyzerConfigOptionsResult GetOptionsForSourcePath(string sourcePath)
    {
        var path = ConfigPath.Normalize(sourcePath ?? "");
        var severities = NewSeverities();
        var properties = NewProperties(globalProperties);
        if (global.SectionsByPath.TryGetValue(path, out var globalSection))
        {
            Fold(globalSection.Select(p => (p.Key, p.Value)), severities, properties);
        }

        foreach (var section in MatchingEditorConfigSections(path))
        {
            Fold(section.Properties.Values.Select(p => (p.Key, p.Value)), severities, properties);
        }

        return new AnalyzerConfigOptionsResult(severities, properties);
    }

    private List<AnalyzerConfigSection> MatchingEditorConfigSections(string path)
    {
        var sections = new List<AnalyzerConfigSection>();
        foreach (var config in editorConfigs)
        {
            var directory = config.NormalizedDirectory;
            if (!ConfigPath.IsBelow(path, directory))
            {
                continue;
            }

            if (config.IsRoot)
            {
                sections.Clear();
            }

            // Sections match the path below the folder, which always starts with '/'.
            var relative = path.Substring(directory.EndsWith("/", StringComparison.Ordinal) ? directory.Length - 1 : directory.Length);
            foreach (var section in config.NamedSections)
            {
                if (section.Matcher?.IsMatch(relative) == true)
                {
                    sections.Add(section);
                }
            }
        }

        return sections;
    }

    /// <summary>
    /// Applies one section: a valid <c>dotnet_diagnostic.&lt;ID&gt;.severity</c> overrides the earlier
    /// one, an invalid one leaves it (Roslyn reports and skips it); other keys are kept raw.
    /// </summary>
    private static void Fold(IEnumerable<(string Key, string Value)> section, Dictionary<string, SeveritySetting> severities, Dictionary<string, string> properties)
    {
        foreach (var property in section)
        {
            if (DiagnosticOptionKeys.TryGetRuleId(property.Key, out var id))
            {
                if (SeverityWord.TryParse(property.Value, out var setting))
                {
                    severities[id] = setting;
                }
            }
            else
            {
                properties[property.Key] = property.Value;
            }
        }
    }

    private static Dictionary<string, SeveritySetting> NewSeverities() => new(StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, string> NewProperties(IReadOnlyDictionary<string, string>? from = null)
    {
        var properties = new Dictionary<string, string>(AnalyzerConfigSection.KeyComparer);
        if (from is not null)
        {
            foreach (var property in from)
            {
                properties[property.Key] = property.Value;
            }
        }

        return properties;
    }
}
