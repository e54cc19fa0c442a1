using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DockerSecurity.Analysis;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Testing;

namespace DockerSecurity.Build.Tests;

/// <summary>
/// The checked-in presets of DockerSecurityAnalysisMode (build/config/) cannot drift from the rule catalog:
/// read by the engine, each gives every rule the severity its mode defines, and names no rule it leaves alone.
/// Recommended is the catalog's defaults, so it has no file.
/// </summary>
public class PresetFileTests
{
    private static readonly string ConfigFolder = Path.Combine(SharedFolder.RepositoryRoot, "build", "config");

    private static IEnumerable<string> Modes() => AnalysisModes.Known.Where(mode => mode != AnalysisModes.Default);

    [Test]
    public void There_is_one_preset_per_mode_but_the_default_and_nothing_else()
    {
        var files = Directory.GetFiles(ConfigFolder).Select(Path.GetFileName);

        Assert.That(files, Is.EquivalentTo(new[] { "DockerSecurity.Minimum.globalconfig", "DockerSecurity.All.globalconfig" }));
        Assert.That(Modes(), Is.EquivalentTo(new[] { "Minimum", "All" }));
    }

    [TestCaseSource(nameof(Modes))]
    public void Preset_gives_every_rule_the_severity_of_its_mode(string mode)
    {
        using var folder = new TemporaryFolder();
        folder.Write(".editorconfig", "root = true\n");
        var dockerfile = folder.Write("Dockerfile", "FROM scratch\n");
        var configuration = SeverityConfiguration.Load(new[] { PresetPath(mode) }, MSBuildDiagnosticOptions.Default);

        Assert.Multiple(() =>
        {
            foreach (var rule in RuleCatalog.All.OrderBy(r => r.Id))
            {
                Assert.That(configuration.GetEffectiveSeverity(rule, dockerfile), Is.EqualTo(Expected(mode, rule)), $"{rule.Id} ({rule.Category}, default {rule.DefaultSeverity})");
            }

            Assert.That(configuration.ConfigurationDiagnostics, Is.Empty);
        });
    }

    /// <summary>A rule named at its default would stop the category and all-rules keys from acting on it.</summary>
    [TestCaseSource(nameof(Modes))]
    public void Preset_names_only_the_rules_whose_severity_it_changes(string mode)
    {
        var entries = Regex.Matches(File.ReadAllText(PresetPath(mode)), @"^dotnet_diagnostic\.(\w+)\.severity = (\w+)$", RegexOptions.Multiline)
            .Select(m => (Id: m.Groups[1].Value, Severity: m.Groups[2].Value))
            .ToList();

        var changed = RuleCatalog.All
            .Where(rule => Expected(mode, rule) != rule.DefaultSeverity)
            .Select(rule => (rule.Id, Severity: Expected(mode, rule).ToString().ToLowerInvariant()))
            .OrderBy(e => e.Id, System.StringComparer.Ordinal);
        Assert.That(entries, Is.EqualTo(changed));
    }

    [TestCaseSource(nameof(Modes))]
    public void Preset_is_a_global_config_below_every_user_setting(string mode)
    {
        var lines = File.ReadAllLines(PresetPath(mode)).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();

        Assert.That(lines.Take(2), Is.EqualTo(new[] { "is_global = true", "global_level = -100" }));
        Assert.That(lines.Skip(2), Has.All.StartsWith("dotnet_diagnostic.DKS"));
    }

    [Test]
    public void User_globalconfig_and_editorconfig_win_over_the_preset()
    {
        using var folder = new TemporaryFolder();
        folder.Write(".editorconfig", "root = true\n\n[web.Dockerfile]\ndotnet_diagnostic.DKS5001.severity = warning\n");
        var userConfig = folder.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.DKS1001.severity = error\n");
        var web = folder.Write("web.Dockerfile", "FROM scratch\n");
        var api = folder.Write("api.Dockerfile", "FROM scratch\n");
        var configuration = SeverityConfiguration.Load(new[] { PresetPath("Minimum"), userConfig }, MSBuildDiagnosticOptions.Default);

        Assert.Multiple(() =>
        {
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, api), Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.HealthcheckMissing, web), Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.HealthcheckMissing, api), Is.EqualTo(DiagnosticSeverity.None));
            Assert.That(configuration.ConfigurationDiagnostics, Is.Empty);
        });
    }

    /// <summary>Minimum: the infrastructure rules and the rules whose default is error. All: every rule at least a warning.</summary>
    private static DiagnosticSeverity Expected(string mode, RuleDescriptor rule) => mode switch
    {
        "Minimum" => rule.Category == RuleCategory.Infrastructure || rule.DefaultSeverity == DiagnosticSeverity.Error ? rule.DefaultSeverity : DiagnosticSeverity.None,
        "All" => rule.DefaultSeverity == DiagnosticSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        _ => throw new System.ArgumentException("no preset for " + mode),
    };

    private static string PresetPath(string mode) => Path.Combine(ConfigFolder, $"DockerSecurity.{mode}.globalconfig");
}
