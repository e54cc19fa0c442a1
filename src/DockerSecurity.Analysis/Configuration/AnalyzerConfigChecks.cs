using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// What Roslyn silently ignores in a config file, reported as DKS0005 where it is written: section
/// names that are not valid globs (or, in a global config, not absolute paths), unknown severity
/// words, <c>global_level</c> that is not an integer, and severity keys in an .editorconfig preamble
/// (which applies to no file). Only keys this tool reads are checked (<see cref="DiagnosticOptionKeys.ConcernsUs"/>).
/// </summary>
internal static class AnalyzerConfigChecks
{
    public static void Run(AnalyzerConfig config, List<Diagnostic> diagnostics)
    {
        var path = config.PathToFile;
        if (config.IsGlobal)
        {
            CheckGlobalPreamble(config, diagnostics);
            CheckSeverities(path, config.GlobalSection, diagnostics);
            foreach (var section in config.NamedSections)
            {
                if (!GlobalSectionName.IsAbsolutePath(section.Name))
                {
                    diagnostics.Add(ConfigurationProblem.At(path, section.NameSpan,
                        $"Section [{section.Name}] is ignored: in a global config a section names one file by its absolute path, with '/' separators (such as [/src/app/Dockerfile]), because a global config has no folder to match globs against."));
                }

                CheckSeverities(path, section, diagnostics);
            }

            return;
        }

        foreach (var property in config.GlobalSection.Properties.Values)
        {
            if (DiagnosticOptionKeys.ConcernsUs(property.Key))
            {
                diagnostics.Add(ConfigurationProblem.At(path, property.KeySpan,
                    $"'{DiagnosticOptionKeys.Display(property.Key)}' is outside any section, where an .editorconfig applies it to no file: put it under a section such as [*] or [Dockerfile], or add 'is_global = true' to make the whole file a global config."));
            }
        }

        foreach (var section in config.NamedSections)
        {
            section.Matcher = SectionNameMatcher.TryCreate(section.Name, out var error);
            if (section.Matcher is null)
            {
                diagnostics.Add(ConfigurationProblem.At(path, section.NameSpan,
                    $"Section [{section.Name}] is ignored: it is not a valid glob ({error})."));
            }

            CheckSeverities(path, section, diagnostics);
        }
    }

    private static void CheckGlobalPreamble(AnalyzerConfig config, List<Diagnostic> diagnostics)
    {
        var preamble = config.GlobalSection.Properties;
        if (preamble.TryGetValue(AnalyzerConfig.GlobalKey, out var isGlobal) &&
            !string.Equals(isGlobal.Value, "true", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(ConfigurationProblem.At(config.PathToFile, isGlobal.ValueSpan,
                $"'is_global = {isGlobal.Value}' still makes this a global config: the key's presence is what counts (as in the C# compiler). Write 'is_global = true', or remove the key to make it an .editorconfig."));
        }

        if (preamble.TryGetValue(AnalyzerConfig.GlobalLevelKey, out var level) && !config.HasValidGlobalLevel)
        {
            diagnostics.Add(ConfigurationProblem.At(config.PathToFile, level.ValueSpan,
                $"global_level '{level.Value}' is not an integer and is ignored: this config gets the default level {config.GlobalLevel} ({AnalyzerConfig.UserGlobalConfigLevel} for a file named .globalconfig, 0 for any other)."));
        }
    }

    private static void CheckSeverities(string path, AnalyzerConfigSection section, List<Diagnostic> diagnostics)
    {
        foreach (var property in section.Properties.Values)
        {
            if (!DiagnosticOptionKeys.ConcernsUs(property.Key))
            {
                continue;
            }

            var key = DiagnosticOptionKeys.Display(property.Key);
            if (DiagnosticOptionKeys.TryGetRuleId(property.Key, out var id) && !RuleCatalog.TryGet(id, out _))
            {
                diagnostics.Add(ConfigurationProblem.At(path, property.KeySpan,
                    $"'{id.ToUpperInvariant()}' is not a DockerSecurity rule ID, so '{key}' has no effect."));
                continue;
            }

            if (!SeverityWord.TryParse(property.Value, out _))
            {
                var problem = property.Value.Length == 0 ? $"'{key}' has no value" : $"'{property.Value}' is not a severity";
                diagnostics.Add(ConfigurationProblem.At(path, property.ValueSpan,
                    $"{problem}: use {SeverityWord.Accepted}. The setting is ignored."));
            }
        }
    }
}
