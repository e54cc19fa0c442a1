using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Configuration;

/// <summary>Parsing, with the cases of Roslyn's EditorConfigTests "Parsing Tests".</summary>
public class AnalyzerConfigParseTests
{
    private static AnalyzerConfig Parse(string text, string path = "/.editorconfig") => AnalyzerConfig.Parse(text, path);

    private static Dictionary<string, string> Values(AnalyzerConfigSection section) =>
        section.Properties.ToDictionary(p => p.Key, p => p.Value.Value);

    [Test]
    public void Simple_case_has_a_preamble_and_named_sections()
    {
        var config = Parse("""

            root = true

            # Comment1
            # Comment2
            ##################################

            my_global_prop = my_global_val

            [*.cs]
            my_prop = my_val
            """, "/bogus/.editorconfig");

        Assert.Multiple(() =>
        {
            Assert.That(config.GlobalSection.Name, Is.EqualTo(""));
            Assert.That(Values(config.GlobalSection), Is.EquivalentTo(new Dictionary<string, string> { ["my_global_prop"] = "my_global_val", ["root"] = "true" }));
            Assert.That(config.NamedSections.Select(s => s.Name), Is.EqualTo(new[] { "*.cs" }));
            Assert.That(Values(config.NamedSections[0]), Is.EquivalentTo(new Dictionary<string, string> { ["my_prop"] = "my_val" }));
            Assert.That(config.IsRoot, Is.True);
            Assert.That(config.IsGlobal, Is.False);
            Assert.That(config.NormalizedDirectory, Is.EqualTo("/bogus"));
            Assert.That(config.Diagnostics, Is.Empty);
        });
    }

    [Test]
    public void Escaped_special_characters_stay_in_section_names()
    {
        var config = Parse("""
            is_global = true

            [C:/\{f\*i\?le1\}.cs]
            a = 1

            [C:/f\,ile\#2.cs]
            a = 2

            [C:/f\;i\!le\[3\].cs]
            a = 3
            """);

        Assert.That(config.NamedSections.Select(s => s.Name), Is.EqualTo(new[] { @"C:/\{f\*i\?le1\}.cs", @"C:/f\,ile\#2.cs", @"C:/f\;i\!le\[3\].cs" }));
    }

    [Test]
    public void Missing_closing_bracket_leaves_the_properties_in_the_previous_section()
    {
        var config = Parse("""

            [*.cs
            my_prop = my_val
            """);

        Assert.Multiple(() =>
        {
            Assert.That(Values(config.GlobalSection), Is.EquivalentTo(new Dictionary<string, string> { ["my_prop"] = "my_val" }));
            Assert.That(config.NamedSections, Is.Empty);
        });
    }

    [Test]
    public void Empty_section_name_is_not_a_section()
    {
        var config = Parse("""

            []
            my_prop = my_val
            """);

        Assert.Multiple(() =>
        {
            Assert.That(Values(config.GlobalSection), Is.EquivalentTo(new Dictionary<string, string> { ["my_prop"] = "my_val" }));
            Assert.That(config.NamedSections, Is.Empty);
        });
    }

    [Test]
    public void Keys_are_lower_cased_and_found_case_insensitively_values_keep_their_case()
    {
        var config = Parse("my_PROP = my_VAL");
        Assert.Multiple(() =>
        {
            Assert.That(config.GlobalSection.TryGetValue("my_PrOp", out var value), Is.True);
            Assert.That(value, Is.EqualTo("my_VAL"));
            Assert.That(config.GlobalSection.Properties.Keys.Single(), Is.EqualTo("my_prop"));
        });
    }

    [Test]
    public void Values_of_reserved_keys_and_the_reserved_value_are_lower_cased()
    {
        var config = Parse("""
            ROOT = TRUE
            Indent_Style = SPACE
            MY_indent_style = SPACE
            my_key = UNSET
            """);

        Assert.That(Values(config.GlobalSection), Is.EquivalentTo(new Dictionary<string, string>
        {
            ["root"] = "true",
            ["indent_style"] = "space",
            ["my_indent_style"] = "SPACE",
            ["my_key"] = "unset",
        }));
    }

    [TestCase("my_prop = my_val\nmy_prop = my_other_val", "my_prop", "my_other_val")]
    [TestCase("my_prop = my_val\nmy_PROP = my_other_val", "my_prop", "my_other_val")]
    [TestCase("my_prop1 =\nmy_prop2 = my_val", "my_prop1", "")]
    [TestCase("my_prop2 = my val2", "my_prop2", "my val2")]
    [TestCase("my_prop2 = my val2 # Comment", "my_prop2", "my val2")]
    [TestCase("my_prop2 = my val2 ; Comment", "my_prop2", "my val2")]
    [TestCase("my_prop2 = a#b", "my_prop2", "a")]
    [TestCase("my:key1 = my_val", "my", "key1 = my_val")]
    [TestCase("my_key2 = my:val", "my_key2", "my:val")]
    [TestCase("my_key2 = my@val", "my_key2", "my@val")]
    [TestCase("long: this value continues\n   in the next line", "long", "this value continues")]
    [TestCase("  \t dotnet_diagnostic.DKS1001.severity\t=\terror \t", "dotnet_diagnostic.dks1001.severity", "error")]
    public void Property_value_is_read_as_Roslyn_reads_it(string text, string key, string expected)
    {
        var config = Parse(text);
        Assert.That(config.GlobalSection.TryGetValue(key, out var value) ? value : null, Is.EqualTo(expected));
    }

    [TestCase("= my_val1")]
    [TestCase("my prop1 = my_val1")]
    [TestCase("@!$abc = my_val1")]
    [TestCase(@"@!$\# = my_val2")]
    [TestCase("my@key1 = my_val")]
    [TestCase("   in the next line")]
    public void Line_that_is_not_a_property_is_dropped(string line)
    {
        Assert.That(Parse(line).GlobalSection.Properties, Is.Empty);
    }

    [TestCase("[*.cs] # comment", "*.cs")]
    [TestCase("  [*.cs]  ; comment", "*.cs")]
    [TestCase(@"[a\#b]", @"a\#b")]
    [TestCase("[a]b]", "a]b")]
    [TestCase("[Dockerfile]", "Dockerfile")]
    public void Section_header_name(string line, string expected)
    {
        Assert.That(Parse(line).NamedSections.Single().Name, Is.EqualTo(expected));
    }

    [TestCase("RoOt = TruE", true)]
    [TestCase("root = true", true)]
    [TestCase("root = false", false)]
    [TestCase("root = yes", false)]
    [TestCase("[*]\nroot = true", false)]
    public void Root_is_a_case_insensitive_true_in_the_preamble(string text, bool expected)
    {
        Assert.That(Parse(text).IsRoot, Is.EqualTo(expected));
    }

    [TestCase("/.globalconfig", true)]
    [TestCase("/.GLOBALCONFIG", true)]
    [TestCase("/.glObalConfiG", true)]
    [TestCase("/path/to/.globalconfig", true)]
    [TestCase("/my.globalconfig", false)]
    [TestCase("/globalconfig", false)]
    [TestCase("/path/to/my.globalconfig", false)]
    [TestCase("/.editorconfig", false)]
    [TestCase("/.globalconf\u0130g", false)]
    public void File_named_globalconfig_is_global(string path, bool expected)
    {
        Assert.That(Parse("", path).IsGlobal, Is.EqualTo(expected));
    }

    [TestCase("is_global = true", true)]
    [TestCase("is_global = true ", true)]
    [TestCase("IS_GLOBAL = TRUE", true)]
    [TestCase("is_global = false", true)]
    [TestCase("[*.cs]\nis_global = true", false)]
    public void Is_global_in_the_preamble_makes_any_file_global(string text, bool expected)
    {
        Assert.That(Parse(text).IsGlobal, Is.EqualTo(expected));
    }

    [TestCase("global_level = 5", "/.editorconfig", 5)]
    [TestCase("", "/.globalconfig", 100)]
    [TestCase("global_level = 5", "/.globalconfig", 5)]
    [TestCase("global_level = -100", "/presets/recommended.globalconfig", -100)]
    [TestCase("is_global = true", "/.nugetconfig", 0)]
    [TestCase("is_global = true\nglobal_level = abc", "/.globalconfig", 100)]
    [TestCase("is_global = true\nglobal_level = abc", "/.editorconfig", 0)]
    [TestCase("is_global = true\nglobal_level = 1.5", "/x.globalconfig", 0)]
    public void Global_level_is_explicit_or_100_for_globalconfig_files_or_0(string text, string path, int expected)
    {
        Assert.That(Parse(text, path).GlobalLevel, Is.EqualTo(expected));
    }

    [Test]
    public void Key_and_value_spans_point_at_what_is_written()
    {
        var config = Parse("""
            root = true

            [Dockerfile]
              dotnet_diagnostic.DKS1001.severity = error # pinned tags only
            """);

        var property = config.NamedSections[0].Properties["dotnet_diagnostic.dks1001.severity"];
        Assert.Multiple(() =>
        {
            Assert.That(config.NamedSections[0].NameSpan, Is.EqualTo(new SourceSpan(3, 2, 3, 12)));
            Assert.That(property.KeySpan, Is.EqualTo(new SourceSpan(4, 3, 4, 37)));
            Assert.That(property.ValueSpan, Is.EqualTo(new SourceSpan(4, 40, 4, 45)));
        });
    }

    [TestCase("a = 1\r\n[x]\r\nb = 2\r\n")]
    [TestCase("a = 1\r[x]\rb = 2\r")]
    [TestCase("a = 1\n[x]\nb = 2\n")]
    [TestCase("a = 1\u2028[x]\u2029b = 2\u0085")]
    public void Every_line_break_of_Roslyns_source_text_separates_lines(string text)
    {
        var config = Parse(text);
        Assert.Multiple(() =>
        {
            Assert.That(Values(config.GlobalSection), Is.EquivalentTo(new Dictionary<string, string> { ["a"] = "1" }));
            Assert.That(Values(config.NamedSections.Single()), Is.EquivalentTo(new Dictionary<string, string> { ["b"] = "2" }));
            Assert.That(config.NamedSections[0].Properties["b"].ValueSpan, Is.EqualTo(new SourceSpan(3, 5, 3, 6)));
        });
    }

    [TestCase("C:\\repo\\.editorconfig")]
    [TestCase("relative/.editorconfig")]
    [TestCase("")]
    public void Unusual_paths_do_not_throw(string path)
    {
        Assert.That(() => Parse("[*]\na = b", path), Throws.Nothing);
    }
}
