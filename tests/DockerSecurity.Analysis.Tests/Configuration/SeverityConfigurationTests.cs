using System;
using System.IO;
using System.Linq;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Configuration;

/// <summary>The whole configuration of one analysis, on real folders: discovery, global configs, MSBuild properties.</summary>
public class SeverityConfigurationTests
{
    private string root = "";

    [SetUp]
    public void CreateRoot()
    {
        root = Path.Combine(Path.GetTempPath(), "dks-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);

        // Nothing above the test folder may take part.
        Write(".editorconfig", "root = true\n");
    }

    [TearDown]
    public void DeleteRoot()
    {
        Directory.Delete(root, recursive: true);
    }

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private string PathOf(string relativePath) => Path.Combine(root, relativePath);

    private static SeverityConfiguration Load(params string[] globalConfigs) =>
        SeverityConfiguration.Load(globalConfigs, MSBuildDiagnosticOptions.Default);

    private static Diagnostic Finding(RuleDescriptor rule, string path, int line = 1) =>
        new(rule, path, new SourceSpan(line, 1, line, 5), "message");

    [Test]
    public void Editorconfig_files_are_found_above_each_file_and_the_closer_wins()
    {
        Write("repo/.editorconfig", "[*]\ndotnet_diagnostic.DKS1001.severity = error\n");
        Write("repo/src/.editorconfig", "[Dockerfile]\ndotnet_diagnostic.DKS1001.severity = none\n");
        var configuration = Load();

        Assert.Multiple(() =>
        {
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, PathOf("repo/Dockerfile")), Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, PathOf("repo/src/Dockerfile")), Is.EqualTo(DiagnosticSeverity.None));
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, PathOf("repo/src/deep/er/Dockerfile")), Is.EqualTo(DiagnosticSeverity.None));
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, PathOf("repo/src/api.Dockerfile")), Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, PathOf("elsewhere/Dockerfile")), Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(configuration.ConfigurationDiagnostics, Is.Empty);
        });
    }

    [Test]
    public void Root_editorconfig_hides_the_ones_above()
    {
        Write("repo/.editorconfig", "[*]\ndotnet_diagnostic.DKS1001.severity = error\n");
        Write("repo/vendored/.editorconfig", "root = true\n[*.yml]\nindent_size = 2\n");
        var configuration = Load();

        Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, PathOf("repo/vendored/tool/Dockerfile")), Is.EqualTo(DiagnosticSeverity.Warning));
    }

    [Test]
    public void Sections_with_a_slash_are_relative_to_their_editorconfig()
    {
        Write("repo/.editorconfig", "[services/*/Dockerfile]\ndotnet_diagnostic.DKS1001.severity = error\n");
        var configuration = Load();

        Assert.Multiple(() =>
        {
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, PathOf("repo/services/api/Dockerfile")), Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, PathOf("repo/other/services/api/Dockerfile")), Is.EqualTo(DiagnosticSeverity.Warning));
        });
    }

    [Test]
    public void Editorconfig_beats_every_global_config_and_the_users_globalconfig_beats_a_preset()
    {
        var preset = Write("package/presets/strict.globalconfig", """
            is_global = true
            global_level = -100
            dotnet_diagnostic.DKS1001.severity = error
            dotnet_diagnostic.DKS1003.severity = error
            dotnet_diagnostic.DKS2001.severity = error
            """);
        var user = Write("repo/.globalconfig", "dotnet_diagnostic.DKS1003.severity = none\n");
        Write("repo/.editorconfig", "[*]\ndotnet_diagnostic.DKS1001.severity = suggestion\n");
        var configuration = Load(user, preset);
        var file = PathOf("repo/Dockerfile");

        Assert.Multiple(() =>
        {
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, file), Is.EqualTo(DiagnosticSeverity.Suggestion));
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageNotPinnedByDigest, file), Is.EqualTo(DiagnosticSeverity.None));
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.RunsAsRoot, file), Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(configuration.ConfigurationDiagnostics, Is.Empty);
        });
    }

    [Test]
    public void MSBuild_properties_apply_on_top()
    {
        Write("repo/.editorconfig", "[*]\ndotnet_diagnostic.DKS1001.severity = error\n");
        var configuration = SeverityConfiguration.Load(Array.Empty<string>(), new MSBuildDiagnosticOptions
        {
            NoWarn = new[] { "1701;1702;DKS1001" },
            TreatWarningsAsErrors = true,
        });

        Assert.Multiple(() =>
        {
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, PathOf("repo/Dockerfile")), Is.EqualTo(DiagnosticSeverity.None));
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagFloats, PathOf("repo/Dockerfile")), Is.EqualTo(DiagnosticSeverity.Error));
        });
    }

    [Test]
    public void Apply_sets_severities_keeps_order_and_drops_what_is_off()
    {
        Write("repo/.editorconfig", """
            [Dockerfile]
            dotnet_diagnostic.DKS1001.severity = error
            dotnet_diagnostic.DKS1003.severity = none

            [compose.yaml]
            dotnet_analyzer_diagnostic.severity = silent
            """);
        var dockerfile = PathOf("repo/Dockerfile");
        var compose = PathOf("repo/compose.yaml");
        var findings = new[]
        {
            Finding(RuleCatalog.ImageTagMissingOrLatest, dockerfile, 1),
            Finding(RuleCatalog.ImageNotPinnedByDigest, dockerfile, 1),
            Finding(RuleCatalog.ImageTagFloats, dockerfile, 2),
            Finding(RuleCatalog.ImageTagMissingOrLatest, compose, 3),
        };

        var applied = Load().Apply(findings);

        Assert.Multiple(() =>
        {
            Assert.That(applied.Select(d => (d.Id, d.FilePath, d.Span.StartLine, d.Severity)), Is.EqualTo(new[]
            {
                ("DKS1001", dockerfile, 1, DiagnosticSeverity.Error),
                ("DKS1002", dockerfile, 2, DiagnosticSeverity.Warning),
                ("DKS1001", compose, 3, DiagnosticSeverity.Silent),
            }));
            Assert.That(applied[1], Is.SameAs(findings[2]), "a finding whose severity does not change is passed through");
            Assert.That(applied[0].Message, Is.EqualTo("message"));
        });
    }

    [Test]
    public void Global_editorconfig_found_for_one_file_applies_to_all()
    {
        Write("repo/a/.editorconfig", "is_global = true\ndotnet_diagnostic.DKS1001.severity = error\n");
        var first = Finding(RuleCatalog.ImageTagMissingOrLatest, PathOf("repo/b/Dockerfile"));
        var second = Finding(RuleCatalog.ImageTagMissingOrLatest, PathOf("repo/a/Dockerfile"));

        var applied = Load().Apply(new[] { first, second });

        Assert.That(applied.Select(d => d.Severity), Is.EqualTo(new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Error }));
    }

    [Test]
    public void Files_without_an_absolute_path_get_the_global_configs_only()
    {
        var user = Write("repo/.globalconfig", "dotnet_diagnostic.DKS1001.severity = error\n");
        var configuration = Load(user);

        Assert.Multiple(() =>
        {
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, "Dockerfile"), Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, ""), Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, "/no\0such/Dockerfile"), Is.EqualTo(DiagnosticSeverity.Error));
        });
    }

    [Test]
    public void Each_folder_is_read_once_per_analysis()
    {
        var editorconfig = Write("repo/.editorconfig", "[*]\ndotnet_diagnostic.DKS1001.severity = error\n");
        var configuration = Load();
        Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, PathOf("repo/a/Dockerfile")), Is.EqualTo(DiagnosticSeverity.Error));

        File.WriteAllText(editorconfig, "[*]\ndotnet_diagnostic.DKS1001.severity = none\n");

        Assert.Multiple(() =>
        {
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, PathOf("repo/a/Dockerfile")), Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, PathOf("repo/b/compose.yaml")), Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(Load().GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, PathOf("repo/a/Dockerfile")), Is.EqualTo(DiagnosticSeverity.None));
        });
    }

    [Test]
    public void Problems_in_discovered_editorconfig_are_reported_at_their_position()
    {
        var editorconfig = Write("repo/.editorconfig", "[*]\nindent_size = 4\ndotnet_diagnostic.DKS1001.severity = eror\n");
        var configuration = Load();
        configuration.Apply(new[] { Finding(RuleCatalog.ImageTagMissingOrLatest, PathOf("repo/Dockerfile")) });

        var diagnostic = configuration.ConfigurationDiagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Id, Is.EqualTo("DKS0005"));
            Assert.That(diagnostic.FilePath, Is.EqualTo(editorconfig));
            Assert.That(diagnostic.Span, Is.EqualTo(new SourceSpan(3, 38, 3, 42)));
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(diagnostic.Message, Is.EqualTo("'eror' is not a severity: use error, warning, suggestion, silent, none or default. The setting is ignored."));
        });
    }

    [Test]
    public void Editorconfig_of_files_not_analysed_is_not_read()
    {
        Write("repo/other/.editorconfig", "[*]\ndotnet_diagnostic.DKS1001.severity = eror\n");
        var configuration = Load();
        configuration.Apply(new[] { Finding(RuleCatalog.ImageTagMissingOrLatest, PathOf("repo/app/Dockerfile")) });

        Assert.That(configuration.ConfigurationDiagnostics, Is.Empty);
    }

    [Test]
    public void Global_config_problems_are_reported()
    {
        var missing = PathOf("repo/missing.globalconfig");
        var first = Write("repo/.globalconfig", "dotnet_diagnostic.DKS1001.severity = error\n");
        var second = Write("repo/build/.globalconfig", "dotnet_diagnostic.DKS1001.severity = none\n");
        var notGlobal = Write("repo/team.globalconfig", "[*]\ndotnet_diagnostic.DKS1002.severity = error\n");
        var configuration = Load(missing, first, second, notGlobal);

        var diagnostics = configuration.ConfigurationDiagnostics;
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => (d.FilePath, d.Span)), Is.EquivalentTo(new[]
            {
                (first, new SourceSpan(1, 1, 1, 35)),
                (second, new SourceSpan(1, 1, 1, 35)),
                (missing, new SourceSpan(1, 1, 1, 1)),
                (notGlobal, new SourceSpan(1, 1, 1, 1)),
            }));
            Assert.That(diagnostics.Single(d => d.FilePath == missing).Message, Is.EqualTo("This global config is not read: the file does not exist."));
            Assert.That(diagnostics.Single(d => d.FilePath == notGlobal).Message, Does.StartWith("This file was passed as a global config but has no 'is_global = true' and is not named .globalconfig, so it acts as an .editorconfig for its folder"));
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, PathOf("repo/Dockerfile")), Is.EqualTo(DiagnosticSeverity.Warning), "conflicting keys are dropped");
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagFloats, PathOf("repo/Dockerfile")), Is.EqualTo(DiagnosticSeverity.Error), "a non-global file acts as an .editorconfig");
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagFloats, PathOf("elsewhere/Dockerfile")), Is.EqualTo(DiagnosticSeverity.Warning));
        });
    }

    [Test]
    public void Configuration_findings_are_configured_too()
    {
        var missing = PathOf("repo/missing.globalconfig");
        Write("repo/.editorconfig", "[*]\ndotnet_diagnostic.DKS1001.severity = eror\n");
        var analysed = new[] { Finding(RuleCatalog.ImageTagMissingOrLatest, PathOf("repo/Dockerfile")) };

        var silenced = SeverityConfiguration.Load(new[] { missing }, new MSBuildDiagnosticOptions { NoWarn = new[] { "DKS0005" } });
        silenced.Apply(analysed);
        var promoted = SeverityConfiguration.Load(new[] { missing }, new MSBuildDiagnosticOptions { TreatWarningsAsErrors = true });
        promoted.Apply(analysed);

        Assert.Multiple(() =>
        {
            Assert.That(silenced.ConfigurationDiagnostics, Is.Empty);
            Assert.That(promoted.ConfigurationDiagnostics.Select(d => d.Severity), Is.EqualTo(new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Error }));
        });
    }

    [Test]
    public void Editorconfig_can_silence_findings_about_itself()
    {
        Write("repo/.editorconfig", "[*]\ndotnet_diagnostic.DKS1001.severity = eror\n\n[.editorconfig]\ndotnet_diagnostic.DKS0005.severity = none\n");
        var configuration = Load();
        configuration.Apply(new[] { Finding(RuleCatalog.ImageTagMissingOrLatest, PathOf("repo/Dockerfile")) });

        Assert.That(configuration.ConfigurationDiagnostics, Is.Empty);
    }

    [Test]
    public void Global_config_section_names_a_file_by_absolute_path()
    {
        var dockerfile = PathOf("repo/services/api/Dockerfile");
        var sectionPath = dockerfile.Replace('\\', '/');
        var user = Write("repo/.globalconfig", $"[{sectionPath}]\ndotnet_diagnostic.DKS1001.severity = error\n");
        var configuration = Load(user);

        Assert.Multiple(() =>
        {
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, dockerfile), Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(configuration.GetEffectiveSeverity(RuleCatalog.ImageTagMissingOrLatest, PathOf("repo/services/web/Dockerfile")), Is.EqualTo(DiagnosticSeverity.Warning));
        });
    }

    [Test]
    public void Nothing_configured_means_the_rules_defaults()
    {
        var configuration = SeverityConfiguration.Load(Array.Empty<string>(), MSBuildDiagnosticOptions.Default);
        Assert.Multiple(() =>
        {
            foreach (var rule in RuleCatalog.All)
            {
                Assert.That(configuration.GetEffectiveSeverity(rule, PathOf("Dockerfile")), Is.EqualTo(rule.DefaultSeverity), rule.Id);
            }
        });
    }
}
