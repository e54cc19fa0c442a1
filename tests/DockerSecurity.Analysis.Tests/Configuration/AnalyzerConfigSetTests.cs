using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Configuration;

namespace DockerSecurity.Analysis.Tests.Configuration;

/// <summary>
/// Which sections apply to which file, and which wins: the cases of Roslyn's EditorConfigTests
/// "Processing of dotnet_diagnostic rules", "Processing of Analyzer Options" and "Processing of Global configs".
/// </summary>
public class AnalyzerConfigSetTests
{
    private static AnalyzerConfigSet Set(params (string Text, string Path)[] files) =>
        AnalyzerConfigSet.Create(files.Select(f => AnalyzerConfig.Parse(f.Text, f.Path)));

    private static Dictionary<string, SeveritySetting> Severities(AnalyzerConfigSet set, string path) =>
        set.GetOptionsForSourcePath(path).Severities.ToDictionary(p => p.Key, p => p.Value);

    private static Dictionary<string, string> Properties(AnalyzerConfigSet set, string path) =>
        set.GetOptionsForSourcePath(path).Properties.ToDictionary(p => p.Key, p => p.Value);

    private static Dictionary<string, SeveritySetting> S(params (string Id, SeveritySetting Setting)[] entries) =>
        entries.ToDictionary(e => e.Id, e => e.Setting);

    private static Dictionary<string, string> P(params (string Key, string Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    [Test]
    public void Sections_apply_by_file_name()
    {
        var set = Set(("""
            [*.cs]
            dotnet_diagnostic.cs000.severity = none

            [*.vb]
            dotnet_diagnostic.cs000.severity = error
            """, "/.editorconfig"));

        Assert.Multiple(() =>
        {
            Assert.That(Severities(set, "/test.cs"), Is.EquivalentTo(S(("cs000", SeveritySetting.None))));
            Assert.That(Severities(set, "/test.vb"), Is.EquivalentTo(S(("cs000", SeveritySetting.Error))));
            Assert.That(Severities(set, "/test"), Is.Empty);
        });
    }

    [TestCase("/", "/")]
    [TestCase("/a/b/c/", "/a/b/c/")]
    [TestCase("/a/b//c/", "/a/b/c/")]
    [TestCase("/a/b/c/", "/a/b//c/")]
    [TestCase("/a/b//c/", "/a/b//c/")]
    [TestCase("/a/b/c//", "/a/b/c/")]
    [TestCase("/a/b/c/", "/a/b/c//")]
    [TestCase("/a/b//c/", "/a/b///c/")]
    public void Doubled_slashes_do_not_matter(string configFolder, string fileFolder)
    {
        var set = Set(("[*.cs]\ndotnet_diagnostic.cs000.severity = none", configFolder + ".editorconfig"));
        Assert.That(Severities(set, fileFolder + "test.cs"), Is.EquivalentTo(S(("cs000", SeveritySetting.None))));
    }

    [Test]
    public void Later_section_overrides_earlier()
    {
        var set = Set(("""
            [*.cs]
            dotnet_diagnostic.cs000.severity = none

            [test.*]
            dotnet_diagnostic.cs000.severity = error
            """, "/.editorconfig"));

        Assert.Multiple(() =>
        {
            Assert.That(Severities(set, "/test.cs"), Is.EquivalentTo(S(("cs000", SeveritySetting.Error))));
            Assert.That(Severities(set, "/test.vb"), Is.EquivalentTo(S(("cs000", SeveritySetting.Error))));
            Assert.That(Severities(set, "/test"), Is.Empty);
        });
    }

    [Test]
    public void Bad_section_is_ignored()
    {
        var set = Set(("""
            [*.cs]
            dotnet_diagnostic.cs000.severity = none

            [*.vb]
            dotnet_diagnostic.cs000.severity = error

            [{test.*]
            dotnet_diagnostic.cs000.severity = suggestion
            """, "/.editorconfig"));

        Assert.Multiple(() =>
        {
            Assert.That(Severities(set, "/test.cs"), Is.EquivalentTo(S(("cs000", SeveritySetting.None))));
            Assert.That(Severities(set, "/test.vb"), Is.EquivalentTo(S(("cs000", SeveritySetting.Error))));
            Assert.That(Severities(set, "/test"), Is.Empty);
        });
    }

    [Test]
    public void Silent_and_refactoring_are_the_same_severity()
    {
        var set = Set(("[*.cs]\ndotnet_diagnostic.cs000.severity = silent\ndotnet_diagnostic.cs001.severity = refactoring", "/.editorconfig"));
        Assert.That(Severities(set, "/test.cs"), Is.EquivalentTo(S(("cs000", SeveritySetting.Silent), ("cs001", SeveritySetting.Silent))));
    }

    [Test]
    public void Closer_editorconfig_wins()
    {
        var set = Set(
            ("""
             [**/*]
             dotnet_diagnostic.cs000.severity = none

             [**test.*]
             dotnet_diagnostic.cs001.severity = suggestion
             """, "/.editorconfig"),
            ("""
             [**]
             dotnet_diagnostic.cs000.severity = warning

             [test.cs]
             dotnet_diagnostic.cs001.severity = error
             """, "/subdir/.editorconfig"));

        Assert.Multiple(() =>
        {
            Assert.That(Severities(set, "/subdir/test.cs"), Is.EquivalentTo(S(("cs000", SeveritySetting.Warning), ("cs001", SeveritySetting.Error))));
            Assert.That(Severities(set, "/subdir/test.vb"), Is.EquivalentTo(S(("cs000", SeveritySetting.Warning), ("cs001", SeveritySetting.Suggestion))));
        });
    }

    [Test]
    public void Order_of_the_files_given_does_not_matter()
    {
        var outer = ("[*]\ndotnet_diagnostic.DKS1001.severity = error", "/repo/.editorconfig");
        var inner = ("[*]\ndotnet_diagnostic.DKS1001.severity = none", "/repo/src/.editorconfig");
        Assert.Multiple(() =>
        {
            Assert.That(Severities(Set(outer, inner), "/repo/src/Dockerfile"), Is.EquivalentTo(S(("dks1001", SeveritySetting.None))));
            Assert.That(Severities(Set(inner, outer), "/repo/src/Dockerfile"), Is.EquivalentTo(S(("dks1001", SeveritySetting.None))));
        });
    }

    [Test]
    public void Folder_whose_name_prefixes_the_file_name_does_not_apply()
    {
        var set = Set(
            ("[*.cs]\ndotnet_diagnostic.cs000.severity = suggestion", "/root/.editorconfig"),
            ("root=true", "/root/test/.editorconfig"));
        Assert.That(Severities(set, "/root/testing.cs"), Is.EquivalentTo(S(("cs000", SeveritySetting.Suggestion))));
    }

    [Test]
    public void Folder_whose_name_prefixes_another_folder_does_not_apply()
    {
        var set = Set(("[*]\ndotnet_diagnostic.DKS1001.severity = none", "/src/app/.editorconfig"));
        Assert.That(Severities(set, "/src/application/Dockerfile"), Is.Empty);
    }

    [Test]
    public void Outer_config_is_inherited()
    {
        var set = Set(
            ("""
             [**/*]
             dotnet_diagnostic.cs000.severity = none

             [**test.cs]
             dotnet_diagnostic.cs001.severity = suggestion
             """, "/.editorconfig"),
            ("[test.cs]\ndotnet_diagnostic.cs001.severity = error", "/subdir/.editorconfig"));

        Assert.Multiple(() =>
        {
            Assert.That(Severities(set, "/test.cs"), Is.EquivalentTo(S(("cs001", SeveritySetting.Suggestion))));
            Assert.That(Severities(set, "/subdir/test.cs"), Is.EquivalentTo(S(("cs000", SeveritySetting.None), ("cs001", SeveritySetting.Error))));
            Assert.That(Severities(set, "/subdir/test.vb"), Is.EquivalentTo(S(("cs000", SeveritySetting.None))));
        });
    }

    [Test]
    public void Invalid_severity_in_a_closer_file_leaves_the_outer_setting()
    {
        var set = Set(
            ("[*]\ndotnet_diagnostic.DKS1001.severity = error", "/.editorconfig"),
            ("[*]\ndotnet_diagnostic.DKS1001.severity = loud", "/src/.editorconfig"));
        Assert.That(Severities(set, "/src/Dockerfile"), Is.EquivalentTo(S(("dks1001", SeveritySetting.Error))));
    }

    [Test]
    public void Root_config_discards_the_settings_of_outer_files()
    {
        var set = Set(
            ("[*.cs]\ndotnet_diagnostic.cs000.bad_key = bad_val", "/.editorconfig"),
            ("root = true\n\n[*.cs]\ndotnet_diagnostic.cs000.some_key = some_val", "/src/.editorconfig"));

        Assert.Multiple(() =>
        {
            Assert.That(Properties(set, "/src/test.cs"), Is.EquivalentTo(P(("dotnet_diagnostic.cs000.some_key", "some_val"))));
            Assert.That(Properties(set, "/src/test.vb"), Is.Empty);
            Assert.That(Properties(set, "/root.cs"), Is.EquivalentTo(P(("dotnet_diagnostic.cs000.bad_key", "bad_val"))));
        });
    }

    [Test]
    public void Severities_and_properties_follow_the_same_precedence()
    {
        var set = Set(
            ("[*.cs]\ndotnet_diagnostic.cs000.severity = warning\nsomekey = a_val", "/.editorconfig"),
            ("""
             [test.*]
             dotnet_diagnostic.cs000.severity = error
             somekey = b_val

             [*.cs]
             dotnet_diagnostic.cs000.severity = none
             somekey = c_val
             """, "/src/.editorconfig"));

        Assert.Multiple(() =>
        {
            Assert.That(Properties(set, "/src/test.cs"), Is.EquivalentTo(P(("somekey", "c_val"))));
            Assert.That(Properties(set, "/src/test.vb"), Is.EquivalentTo(P(("somekey", "b_val"))));
            Assert.That(Properties(set, "/root.cs"), Is.EquivalentTo(P(("somekey", "a_val"))));
            Assert.That(Severities(set, "/src/test.cs"), Is.EquivalentTo(S(("cs000", SeveritySetting.None))));
            Assert.That(Severities(set, "/src/test.vb"), Is.EquivalentTo(S(("cs000", SeveritySetting.Error))));
            Assert.That(Severities(set, "/root.cs"), Is.EquivalentTo(S(("cs000", SeveritySetting.Warning))));
        });
    }

    [Test]
    public void Empty_rule_id_is_a_severity_key_but_no_id_is_not()
    {
        var set = Set(("""
            [*.cs]
            dotnet_diagnostic..severity = warning
            dotnet_diagnostic..some_key = some_val
            dotnet_diagnostic.severity = warn
            dotnet_diagnostic.some_key = some_val
            """, "/.editorconfig"));

        Assert.Multiple(() =>
        {
            Assert.That(Severities(set, "/test.cs"), Is.EquivalentTo(S(("", SeveritySetting.Warning))));
            Assert.That(Properties(set, "/test.cs"), Is.EquivalentTo(P(
                ("dotnet_diagnostic..some_key", "some_val"),
                ("dotnet_diagnostic.severity", "warn"),
                ("dotnet_diagnostic.some_key", "some_val"))));
        });
    }

    [Test]
    public void Number_ranges_apply_end_to_end()
    {
        var set = Set(("[a{-10..0}b{0..10}.cs]\ndotnet_diagnostic.cs000.severity = warning", "/.editorconfig"));
        Assert.Multiple(() =>
        {
            Assert.That(Severities(set, "/a0b0.cs"), Is.EquivalentTo(S(("cs000", SeveritySetting.Warning))));
            Assert.That(Severities(set, "/test/a-5b5.cs"), Is.EquivalentTo(S(("cs000", SeveritySetting.Warning))));
            Assert.That(Severities(set, "/a0b0.vb"), Is.Empty);
        });
    }

    [Test]
    public void Rule_ids_are_read_lower_cased_and_found_case_insensitively()
    {
        var set = Set(("[*]\ndotnet_diagnostic.DKS1001.severity = error", "/.editorconfig"));
        var severities = set.GetOptionsForSourcePath("/Dockerfile").Severities;
        Assert.Multiple(() =>
        {
            Assert.That(severities["DKS1001"], Is.EqualTo(SeveritySetting.Error));
            Assert.That(severities["dks1001"], Is.EqualTo(SeveritySetting.Error));
        });
    }

    [Test]
    public void Global_config_preamble_applies_to_every_file()
    {
        var set = Set(("is_global = true\noption1 = value1\n", "/.globalconfig1"));
        Assert.Multiple(() =>
        {
            Assert.That(Properties(set, "/file1.cs"), Is.EquivalentTo(P(("option1", "value1"))));
            Assert.That(Properties(set, "/path/to/file1.cs"), Is.EquivalentTo(P(("option1", "value1"))));
            Assert.That(set.GlobalConfigOptions.Properties, Is.EquivalentTo(P(("option1", "value1"))));
        });
    }

    [Test]
    public void Global_config_sections_must_be_full_paths()
    {
        var set = Set(("""
            is_global = true
            [/path/to/file1.cs]
            option1 = value1

            [*.cs]
            option2 = value2

            [.*/path/*.cs]
            option3 = value3

            [/.*/*.cs]
            option4 = value4
            """, "/.globalconfig1"));

        Assert.Multiple(() =>
        {
            Assert.That(Properties(set, "/file1.cs"), Is.Empty);
            Assert.That(Properties(set, "/path/to/file2.cs"), Is.Empty);
            Assert.That(Properties(set, "/path/to/file1.cs"), Is.EquivalentTo(P(("option1", "value1"))));
            Assert.That(Properties(set, "/file1.vb"), Is.Empty);
        });
    }

    [Test]
    public void Global_config_sections_are_overridden_by_editorconfig()
    {
        var set = Set(
            ("is_global = true\noption1 = global\n\n[/path/to/file1.cs]\noption2 = global\noption3 = global", "/.globalconfig1"),
            ("[*.cs]\noption2 = config1", "/.editorconfig"),
            ("[*.cs]\noption3 = config2", "/path/.editorconfig"),
            ("[*.cs]\noption2 = config3", "/path/to/.editorconfig"));

        Assert.Multiple(() =>
        {
            Assert.That(Properties(set, "/path/to/file1.cs"), Is.EquivalentTo(P(("option1", "global"), ("option2", "config3"), ("option3", "config2"))));
            Assert.That(Properties(set, "/path/file1.cs"), Is.EquivalentTo(P(("option1", "global"), ("option2", "config1"), ("option3", "config2"))));
            Assert.That(Properties(set, "/file1.cs"), Is.EquivalentTo(P(("option1", "global"), ("option2", "config1"))));
        });
    }

    [Test]
    public void Global_config_is_not_cleared_by_a_root_editorconfig()
    {
        var set = Set(
            ("""
             is_global = true
             option1 = global

             [/path/to/file1.cs]
             option2 = global
             option3 = global

             [/path/file1.cs]
             option2 = global
             option3 = global

             [/file1.cs]
             option2 = global
             option3 = global
             """, "/.globalconfig1"),
            ("root = true\n[*.cs]\noption2 = config1", "/.editorconfig"),
            ("[*.cs]\noption3 = config2", "/path/.editorconfig"),
            ("root = true\n[*.cs]\noption2 = config3", "/path/to/.editorconfig"));

        Assert.Multiple(() =>
        {
            Assert.That(Properties(set, "/path/to/file1.cs"), Is.EquivalentTo(P(("option1", "global"), ("option2", "config3"), ("option3", "global"))));
            Assert.That(Properties(set, "/path/file1.cs"), Is.EquivalentTo(P(("option1", "global"), ("option2", "config1"), ("option3", "config2"))));
            Assert.That(Properties(set, "/file1.cs"), Is.EquivalentTo(P(("option1", "global"), ("option2", "config1"), ("option3", "global"))));
        });
    }

    [Test]
    public void Global_config_preamble_severities_are_global_options_not_per_file()
    {
        var set = Set(("is_global = true\ndotnet_diagnostic.cs000.severity = none\ndotnet_diagnostic.cs001.severity = error", "/.editorconfig"));
        Assert.Multiple(() =>
        {
            Assert.That(set.GlobalConfigOptions.Severities.ToDictionary(p => p.Key, p => p.Value),
                Is.EquivalentTo(S(("cs000", SeveritySetting.None), ("cs001", SeveritySetting.Error))));
            Assert.That(Severities(set, "/test.cs"), Is.Empty);
        });
    }

    [Test]
    public void Global_config_section_severity_is_per_file()
    {
        var set = Set(("is_global = true\n\n[/path/to/file.cs]\ndotnet_diagnostic.cs000.severity = error", "/.editorconfig"));
        Assert.Multiple(() =>
        {
            Assert.That(Severities(set, "/test.cs"), Is.Empty);
            Assert.That(Severities(set, "/path/to/file.cs"), Is.EquivalentTo(S(("cs000", SeveritySetting.Error))));
        });
    }

    [Test]
    public void Global_config_severity_is_overridden_by_editorconfig()
    {
        var set = Set(
            ("is_global = true\n\n[/path/file.cs]\ndotnet_diagnostic.cs000.severity = error", "/.globalconfig"),
            ("[*.cs]\ndotnet_diagnostic.cs000.severity = none", "/.editorconfig"),
            ("[*.cs]\ndotnet_diagnostic.cs000.severity = warning", "/path/.editorconfig"));

        Assert.Multiple(() =>
        {
            Assert.That(Severities(set, "/test.cs"), Is.EquivalentTo(S(("cs000", SeveritySetting.None))));
            Assert.That(Severities(set, "/path/file.cs"), Is.EquivalentTo(S(("cs000", SeveritySetting.Warning))));
        });
    }

    [Test]
    public void Global_keys_in_a_section_are_ordinary_properties()
    {
        var set = Set(("is_global = true\n[/path/to/file.cs]\nis_global = true\nglobal_level = 123", "/.globalconfig"));
        Assert.Multiple(() =>
        {
            Assert.That(Properties(set, "/file.cs"), Is.Empty);
            Assert.That(Properties(set, "/path/to/file.cs"), Is.EquivalentTo(P(("is_global", "true"), ("global_level", "123"))));
            Assert.That(set.GlobalConfigOptions.Properties, Is.Empty);
        });
    }

    [TestCase("/dir1/dir3/../dir2/file.cs", true)]
    [TestCase("/dir1/./././././dir2/file.cs", true)]
    [TestCase("/dir1/../dir1/../dir1/../dir1/dir2/file.cs", true)]
    [TestCase("/dir1/dir3/dir4/../dir2/file.cs", false)]
    [TestCase("file.cs", false)]
    [TestCase("", false)]
    [TestCase("/../../dir1/dir2/file.cs", true)]
    [TestCase("/./../dir1/dir2/file.cs", true)]
    [TestCase("/dir1/../../dir1/dir2/file.cs", true)]
    [TestCase("/..", false)]
    [TestCase("/../file.cs", false)]
    [TestCase("/dir1/../file.cs", false)]
    [TestCase("./dir1/dir2/file.cs", false)]
    [TestCase("././../.././dir1/dir2/file.cs", false)]
    [TestCase("./dir1/../file.cs", false)]
    [TestCase("../dir1/dir2.cs", false)]
    public void Equivalent_source_paths_match_a_global_section(string sourcePath, bool shouldMatch)
    {
        var set = Set(("is_global = true\n[/dir1/dir2/file.cs]\na = b\n", "/.editorconfig"));
        Assert.That(Properties(set, sourcePath), shouldMatch ? Is.EquivalentTo(P(("a", "b"))) : Is.Empty);
    }

    [Test]
    public void Escaped_and_plain_global_section_names_for_the_same_path_merge()
    {
        var set = Set(("is_global = true\n[/Test.cs]\na = a\n[/\\Test.cs]\nb = b\n", "/.editorconfig"));
        Assert.That(Properties(set, "/Test.cs"), Is.EquivalentTo(P(("a", "a"), ("b", "b"))));
    }

    [Test]
    public void Global_sections_with_special_characters_match_their_file()
    {
        var set = Set(("is_global = true\n\n[/home/foo/src/\\{releaseid\\}.cs]\nk = abc123\n\n[/home/foo/src/Pages/\\#foo/HomePage.cs]\nk = def456\n", "/.editorconfig"));
        Assert.Multiple(() =>
        {
            Assert.That(Properties(set, "/home/foo/src/{releaseid}.cs")["k"], Is.EqualTo("abc123"));
            Assert.That(Properties(set, "/home/foo/src/Pages/#foo/HomePage.cs")["k"], Is.EqualTo("def456"));
        });
    }

    [Test]
    public void Section_names_and_folders_are_case_sensitive()
    {
        var set = Set(
            ("is_global = true\n[/repo/Dockerfile]\na = global", "/.globalconfig"),
            ("[dockerfile]\nb = lower", "/repo/.editorconfig"),
            ("[*]\nc = folder", "/repo/Shared/.editorconfig"));
        Assert.Multiple(() =>
        {
            Assert.That(Properties(set, "/repo/Dockerfile"), Is.EquivalentTo(P(("a", "global"))));
            Assert.That(Properties(set, "/repo/dockerfile"), Is.EquivalentTo(P(("b", "lower"))));
            Assert.That(Properties(set, "/repo/shared/Dockerfile"), Is.Empty);
        });
    }

    [Test]
    public void No_configs_means_no_options()
    {
        var set = AnalyzerConfigSet.Create(System.Array.Empty<AnalyzerConfig>());
        Assert.Multiple(() =>
        {
            Assert.That(set.GlobalConfigOptions.Severities, Is.Empty);
            Assert.That(set.GlobalConfigOptions.Properties, Is.Empty);
            Assert.That(set.Diagnostics, Is.Empty);
            Assert.That(set.GetOptionsForSourcePath("/Dockerfile").Properties, Is.Empty);
        });
    }
}
