using System.Linq;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Configuration;

/// <summary>Several global configs merged into one by global_level, as Roslyn's MergeGlobalConfigs (EditorConfigTests "Global configs").</summary>
public class GlobalConfigMergeTests
{
    private const string Key = "dotnet_diagnostic.dks1001.severity";

    private static AnalyzerConfigSet Set(params (string Text, string Path)[] files) =>
        AnalyzerConfigSet.Create(files.Select(f => AnalyzerConfig.Parse(f.Text, f.Path)));

    private static string Global(int level, string value) =>
        $"is_global = true\nglobal_level = {level}\ndotnet_diagnostic.DKS1001.severity = {value}\n";

    [Test]
    public void Keys_of_several_global_configs_combine()
    {
        var set = Set(("is_global = true\noption1 = value1", "/.globalconfig1"), ("is_global = true\noption2 = value2", "/.globalconfig2"));
        Assert.Multiple(() =>
        {
            Assert.That(set.GlobalConfigOptions.Properties["option1"], Is.EqualTo("value1"));
            Assert.That(set.GlobalConfigOptions.Properties["option2"], Is.EqualTo("value2"));
            Assert.That(set.Diagnostics, Is.Empty);
        });
    }

    [Test]
    public void Sections_of_several_global_configs_combine()
    {
        var set = Set(
            ("is_global = true\n[/path/to/file1.cs]\noption1 = value1\n[/path/to/file2.cs]\noption1 = value1", "/.globalconfig1"),
            ("is_global = true\n[/path/to/file1.cs]\noption2 = value2\n[/path/to/file3.cs]\noption1 = value1", "/.globalconfig2"));
        Assert.Multiple(() =>
        {
            Assert.That(set.GetOptionsForSourcePath("/path/to/file1.cs").Properties.Keys, Is.EquivalentTo(new[] { "option1", "option2" }));
            Assert.That(set.GetOptionsForSourcePath("/path/to/file2.cs").Properties.Keys, Is.EquivalentTo(new[] { "option1" }));
            Assert.That(set.GetOptionsForSourcePath("/path/to/file3.cs").Properties.Keys, Is.EquivalentTo(new[] { "option1" }));
        });
    }

    [Test]
    public void Same_key_at_the_same_level_is_dropped_and_reported_in_every_file_that_sets_it()
    {
        var set = Set((Global(100, "error"), "/repo/.globalconfig"), (Global(100, "none"), "/repo/build/team.globalconfig"));
        Assert.Multiple(() =>
        {
            Assert.That(set.GlobalConfigOptions.Severities, Is.Empty);
            Assert.That(set.Diagnostics.Select(d => (d.Id, d.FilePath, d.Span)), Is.EqualTo(new[]
            {
                ("DKS0005", "/repo/.globalconfig", new SourceSpan(3, 1, 3, 35)),
                ("DKS0005", "/repo/build/team.globalconfig", new SourceSpan(3, 1, 3, 35)),
            }));
            Assert.That(set.Diagnostics[0].Message, Is.EqualTo(
                "'dotnet_diagnostic.DKS1001.severity' in the preamble is set by several global configs at the same global_level 100 (/repo/.globalconfig, /repo/build/team.globalconfig), so none of them applies (as in the C# compiler): give the one that should win a higher global_level."));
        });
    }

    [Test]
    public void Same_value_twice_is_still_a_conflict()
    {
        var set = Set((Global(0, "error"), "/a.globalconfig"), (Global(0, "error"), "/b.globalconfig"));
        Assert.Multiple(() =>
        {
            Assert.That(set.GlobalConfigOptions.Severities, Is.Empty);
            Assert.That(set.Diagnostics, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void Conflict_in_a_section_names_the_section()
    {
        var set = Set(
            ("is_global = true\n[/path/to/Dockerfile]\ndotnet_diagnostic.DKS1001.severity = error", "/.globalconfig1"),
            ("is_global = true\n[/path/to/Dockerfile]\nDOTNET_DIAGNOSTIC.dks1001.SEVERITY = none", "/.globalconfig2"));
        Assert.Multiple(() =>
        {
            Assert.That(set.GetOptionsForSourcePath("/path/to/Dockerfile").Severities, Is.Empty);
            Assert.That(set.Diagnostics.Select(d => d.Message).Distinct().Single(), Does.StartWith(
                "'dotnet_diagnostic.DKS1001.severity' in section [/path/to/Dockerfile] is set by several global configs at the same global_level 0 (/.globalconfig1, /.globalconfig2)"));
        });
    }

    [Test]
    public void Sections_are_case_sensitive_so_different_casings_do_not_conflict()
    {
        var set = Set(
            ("is_global = true\n[/path/to/file1.cs]\ndotnet_diagnostic.DKS1001.severity = error", "/.globalconfig1"),
            ("is_global = true\n[/pAth/To/fiLe1.cs]\ndotnet_diagnostic.DKS1001.severity = none", "/.globalconfig2"));
        Assert.That(set.Diagnostics, Is.Empty);
    }

    [Test]
    public void Conflict_on_another_tools_key_is_dropped_quietly()
    {
        var set = Set(("is_global = true\noption1 = value1", "/.globalconfig1"), ("is_global = true\nopTioN1 = value2", "/.globalconfig2"));
        Assert.Multiple(() =>
        {
            Assert.That(set.GlobalConfigOptions.Properties, Is.Empty);
            Assert.That(set.Diagnostics, Is.Empty);
        });
    }

    [Test]
    public void Editorconfig_setting_the_same_key_is_no_conflict()
    {
        var set = Set(
            ("is_global = true\n[/path/to/file1.cs]\ndotnet_diagnostic.DKS1001.severity = error", "/.globalconfig1"),
            ("[/path/to/file1.cs]\ndotnet_diagnostic.DKS1001.severity = none", "/.globalconfig2"));
        Assert.That(set.Diagnostics, Is.Empty);
    }

    [TestCase(1, 2, "none")]
    [TestCase(2, 1, "error")]
    [TestCase(-2, -1, "none")]
    [TestCase(2, -1, "error")]
    public void Higher_global_level_wins(int level1, int level2, string expected)
    {
        var set = Set((Global(level1, "error"), "/.globalconfig1"), (Global(level2, "none"), "/.globalconfig2"));
        Assert.Multiple(() =>
        {
            Assert.That(set.GlobalConfigOptions.Severities["DKS1001"], Is.EqualTo(expected == "none" ? SeveritySetting.None : SeveritySetting.Error));
            Assert.That(set.Diagnostics, Is.Empty);
        });
    }

    [TestCase(1, 2, 3, "value3")]
    [TestCase(2, 1, 3, "value3")]
    [TestCase(3, 2, 1, "value1")]
    [TestCase(1, 2, 1, "value2")]
    [TestCase(1, 1, 2, "value3")]
    [TestCase(2, 1, 1, "value1")]
    public void Higher_level_overrides_even_a_dropped_key(int level1, int level2, int level3, string expected)
    {
        var set = Set(
            ($"is_global = true\nglobal_level = {level1}\noption1 = value1", "/.globalconfig1"),
            ($"is_global = true\nglobal_level = {level2}\noption1 = value2", "/.globalconfig2"),
            ($"is_global = true\nglobal_level = {level3}\noption1 = value3", "/.globalconfig3"));
        Assert.That(set.GlobalConfigOptions.Properties["option1"], Is.EqualTo(expected));
    }

    [Test]
    public void Higher_level_overrides_a_section_key()
    {
        var set = Set(
            ("is_global = true\nglobal_level = 1\n[/path]\noption1 = value1", "/.globalconfig1"),
            ("is_global = true\nglobal_level = 2\n[/path]\noption1 = value2", "/.globalconfig2"));
        Assert.That(set.GetOptionsForSourcePath("/path").Properties["option1"], Is.EqualTo("value2"));
    }

    [Test]
    public void Only_the_conflict_at_the_winning_level_is_reported()
    {
        var set = Set(
            (Global(1, "error"), "/.globalconfig1"),
            (Global(1, "warning"), "/.globalconfig2"),
            (Global(3, "suggestion"), "/.globalconfig3"),
            (Global(3, "silent"), "/.globalconfig4"),
            (Global(2, "none"), "/.globalconfig5"),
            (Global(2, "default"), "/.globalconfig6"));
        Assert.Multiple(() =>
        {
            Assert.That(set.GlobalConfigOptions.Severities, Is.Empty);
            Assert.That(set.Diagnostics.Select(d => d.FilePath), Is.EqualTo(new[] { "/.globalconfig3", "/.globalconfig4" }));
        });
    }

    [Test]
    public void Preset_at_a_low_level_yields_to_the_users_globalconfig()
    {
        var set = Set(
            ("is_global = true\nglobal_level = -100\ndotnet_diagnostic.DKS1003.severity = warning\ndotnet_diagnostic.DKS1001.severity = error", "/pkg/presets/strict.globalconfig"),
            ("dotnet_diagnostic.DKS1001.severity = none", "/repo/.globalconfig"));
        Assert.Multiple(() =>
        {
            Assert.That(set.GlobalConfigOptions.Severities["DKS1001"], Is.EqualTo(SeveritySetting.None));
            Assert.That(set.GlobalConfigOptions.Severities["DKS1003"], Is.EqualTo(SeveritySetting.Warning));
            Assert.That(set.Diagnostics, Is.Empty);
        });
    }

    [Test]
    public void Global_level_and_is_global_are_not_merged_as_settings()
    {
        var set = Set(("global_level = 123", "/.globalconfig"), ("is_global = true\nglobal_level = 123", "/other.globalconfig"));
        Assert.Multiple(() =>
        {
            Assert.That(set.GlobalConfigOptions.Properties, Is.Empty);
            Assert.That(set.Diagnostics, Is.Empty);
        });
    }
}
