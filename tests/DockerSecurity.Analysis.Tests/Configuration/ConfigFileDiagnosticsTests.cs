using System.Linq;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Configuration;

/// <summary>DKS0005 for what a config file says that is ignored, at the line and column it is written.</summary>
public class ConfigFileDiagnosticsTests
{
    private const string Path = "/repo/.editorconfig";

    private static Diagnostic Single(string text, string path = Path)
    {
        var diagnostics = AnalyzerConfig.Parse(text, path).Diagnostics;
        Assert.That(diagnostics, Has.Count.EqualTo(1), string.Join("\n", diagnostics));
        var diagnostic = diagnostics[0];
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Id, Is.EqualTo("DKS0005"));
            Assert.That(diagnostic.FilePath, Is.EqualTo(path));
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
        });
        return diagnostic;
    }

    private static void AssertQuiet(string text, string path = Path) =>
        Assert.That(AnalyzerConfig.Parse(text, path).Diagnostics, Is.Empty);

    [Test]
    public void Unknown_severity_word_is_reported_at_the_value()
    {
        var diagnostic = Single("""
            [Dockerfile]
            dotnet_diagnostic.DKS1001.severity = warn
            """);
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Span, Is.EqualTo(new SourceSpan(2, 38, 2, 42)));
            Assert.That(diagnostic.Message, Is.EqualTo("'warn' is not a severity: use error, warning, suggestion, silent, none or default. The setting is ignored."));
        });
    }

    [TestCase("hidden")]
    [TestCase("info")]
    [TestCase("warn")]
    [TestCase("true:warning")]
    public void Words_the_compiler_rejects_are_rejected(string value)
    {
        Assert.That(Single($"[*]\ndotnet_diagnostic.DKS1001.severity = {value}").Message, Does.StartWith($"'{value}' is not a severity"));
    }

    [TestCase("error")]
    [TestCase("WARNING")]
    [TestCase("Suggestion")]
    [TestCase("silent")]
    [TestCase("refactoring")]
    [TestCase("none")]
    [TestCase("default")]
    [TestCase("error # reason")]
    public void Severity_words_the_compiler_accepts_are_quiet(string value)
    {
        AssertQuiet($"[*]\ndotnet_diagnostic.DKS1001.severity = {value}");
    }

    [Test]
    public void Empty_severity_is_reported_at_the_end_of_the_line()
    {
        var diagnostic = Single("[*]\ndotnet_diagnostic.DKS1001.severity =");
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Span, Is.EqualTo(new SourceSpan(2, 37, 2, 37)));
            Assert.That(diagnostic.Message, Is.EqualTo("'dotnet_diagnostic.DKS1001.severity' has no value: use error, warning, suggestion, silent, none or default. The setting is ignored."));
        });
    }

    [Test]
    public void Unknown_rule_id_is_reported_at_the_key()
    {
        var diagnostic = Single("[*]\ndotnet_diagnostic.dks9999.severity = error");
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Span, Is.EqualTo(new SourceSpan(2, 1, 2, 35)));
            Assert.That(diagnostic.Message, Is.EqualTo("'DKS9999' is not a DockerSecurity rule ID, so 'dotnet_diagnostic.DKS9999.severity' has no effect."));
        });
    }

    [Test]
    public void Invalid_bulk_values_for_our_keys_are_reported()
    {
        var diagnostics = AnalyzerConfig.Parse("""
            [*]
            dotnet_analyzer_diagnostic.severity = loud
            dotnet_analyzer_diagnostic.category-secrets.severity = loud
            """, Path).Diagnostics;
        Assert.That(diagnostics.Select(d => (d.Span.StartLine, d.Span.StartColumn, d.Message)), Is.EquivalentTo(new[]
        {
            (2, 39, "'loud' is not a severity: use error, warning, suggestion, silent, none or default. The setting is ignored."),
            (3, 56, "'loud' is not a severity: use error, warning, suggestion, silent, none or default. The setting is ignored."),
        }));
    }

    [Test]
    public void Keys_of_other_tools_are_left_to_them()
    {
        AssertQuiet("""
            dotnet_diagnostic.CA1000.severity = error
            [*.cs]
            dotnet_diagnostic.CA1000.severity = bogus
            dotnet_analyzer_diagnostic.category-Performance.severity = bogus
            dotnet_diagnostic..severity = bogus
            indent_size = lots
            csharp_style_var_for_built_in_types = true:suggestion
            """);
    }

    [Test]
    public void Severity_in_an_editorconfig_preamble_applies_to_no_file()
    {
        var diagnostic = Single("""
            root = true
            dotnet_diagnostic.DKS1001.severity = error
            """);
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Span, Is.EqualTo(new SourceSpan(2, 1, 2, 35)));
            Assert.That(diagnostic.Message, Is.EqualTo("'dotnet_diagnostic.DKS1001.severity' is outside any section, where an .editorconfig applies it to no file: put it under a section such as [*] or [Dockerfile], or add 'is_global = true' to make the whole file a global config."));
        });
    }

    [Test]
    public void Invalid_glob_is_reported_at_the_section_name()
    {
        var diagnostic = Single("""
            [*.cs]
            a = b

            [{Dockerfile,*.yml]
            dotnet_diagnostic.DKS1001.severity = error
            """);
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Span, Is.EqualTo(new SourceSpan(4, 2, 4, 19)));
            Assert.That(diagnostic.Message, Is.EqualTo("Section [{Dockerfile,*.yml] is ignored: it is not a valid glob (a '{' is never closed)."));
        });
    }

    [Test]
    public void Malformed_section_header_says_where_the_properties_below_it_go()
    {
        var diagnostic = Single("""
            [Dockerfile]
            a = b
              [*.yml
            dotnet_diagnostic.DKS1001.severity = error
            """);
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Span, Is.EqualTo(new SourceSpan(3, 3, 3, 9)));
            Assert.That(diagnostic.Message, Is.EqualTo("'[*.yml' is not a section header: a header is [glob] alone on its line, where the glob has no unescaped # or ;. The line is ignored, so the properties below it stay in section [Dockerfile]."));
        });
    }

    [TestCase("[]", "the preamble (which applies to no file)")]
    [TestCase("[*.yml] trailing", "the preamble (which applies to no file)")]
    [TestCase("[a#b]", "the preamble (which applies to no file)")]
    public void Other_malformed_headers_are_reported(string line, string owner)
    {
        Assert.That(Single(line).Message, Does.EndWith($"stay in {owner}."));
    }

    [Test]
    public void Unreadable_line_about_our_rules_is_reported_others_are_left_alone()
    {
        var diagnostic = Single("""
            [*]
            some other tool's syntax
            dotnet_diagnostic DKS1001 severity error
            """);
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Span, Is.EqualTo(new SourceSpan(3, 1, 3, 41)));
            Assert.That(diagnostic.Message, Is.EqualTo("'dotnet_diagnostic DKS1001 severity error' is not a 'key = value' property (keys are letters, digits, '.', '-' and '_') and is ignored."));
        });
    }

    [Test]
    public void Global_config_section_must_be_an_absolute_path()
    {
        var diagnostic = Single("""
            is_global = true

            [/repo/Dockerfile]
            dotnet_diagnostic.DKS1001.severity = error

            [*.yml]
            dotnet_diagnostic.DKS1001.severity = error
            """, "/repo/.globalconfig");
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Span, Is.EqualTo(new SourceSpan(6, 2, 6, 7)));
            Assert.That(diagnostic.Message, Is.EqualTo("Section [*.yml] is ignored: in a global config a section names one file by its absolute path, with '/' separators (such as [/src/app/Dockerfile]), because a global config has no folder to match globs against."));
        });
    }

    [TestCase("/path/to/file.cs", true)]
    [TestCase("file.cs", false)]
    [TestCase("../file.cs", false)]
    [TestCase("**", false)]
    [TestCase("*.cs", false)]
    [TestCase("?abc.cs", false)]
    [TestCase("/path/to/**", false)]
    [TestCase("/path/[a]/to/*.cs", false)]
    [TestCase("/path{", false)]
    [TestCase("/path}", false)]
    [TestCase("/path?", false)]
    [TestCase("/path,", false)]
    [TestCase("/path\"", true)]
    [TestCase(@"/path\\", true)]
    [TestCase("//path", true)]
    [TestCase("//", true)]
    [TestCase(@"\\", false)]
    [TestCase(@"/\{\}\,\[\]\*", true)]
    [TestCase(@"\my\file.cs", false)]
    [TestCase("//server/file.cs", true)]
    [TestCase(@"\/file.cs", true)]
    [TestCase("<>a??/b.cs", false)]
    [TestCase(".", false)]
    [TestCase("/", true)]
    public void Global_section_names_are_checked_as_in_Roslyn(string sectionName, bool isValid)
    {
        var diagnostics = AnalyzerConfig.Parse($"is_global = true\n[{sectionName}]\n", "/.editorconfig").Diagnostics;
        Assert.That(diagnostics, isValid ? Is.Empty : Has.Count.EqualTo(1));
    }

    [Test]
    public void Global_level_that_is_not_an_integer_is_reported_with_the_level_used()
    {
        var diagnostic = Single("is_global = true\nglobal_level = high", "/repo/presets/strict.globalconfig");
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Span, Is.EqualTo(new SourceSpan(2, 16, 2, 20)));
            Assert.That(diagnostic.Message, Is.EqualTo("global_level 'high' is not an integer and is ignored: this config gets the default level 0 (100 for a file named .globalconfig, 0 for any other)."));
        });
    }

    [Test]
    public void Is_global_false_still_makes_a_global_config_and_says_so()
    {
        var diagnostic = Single("is_global = false", "/repo/x.globalconfig");
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Span, Is.EqualTo(new SourceSpan(1, 13, 1, 18)));
            Assert.That(diagnostic.Message, Is.EqualTo("'is_global = false' still makes this a global config: the key's presence is what counts (as in the C# compiler). Write 'is_global = true', or remove the key to make it an .editorconfig."));
        });
    }

    [Test]
    public void Severity_in_a_global_config_preamble_is_valid()
    {
        AssertQuiet("""
            is_global = true
            global_level = -100
            dotnet_diagnostic.DKS1001.severity = error
            dotnet_analyzer_diagnostic.category-Secrets.severity = error

            [/repo/Dockerfile]
            dotnet_diagnostic.DKS1002.severity = none
            """, "/repo/presets/strict.globalconfig");
    }

    [Test]
    public void Over_long_entries_are_ignored_and_reported()
    {
        var longValue = new string('x', AnalyzerConfigParser.MaxValueLength + 1);
        var config = AnalyzerConfig.Parse($"[*]\ndotnet_diagnostic.DKS1001.severity = {longValue}\nother = {longValue}", Path);
        Assert.Multiple(() =>
        {
            Assert.That(config.NamedSections[0].Properties, Is.Empty);
            Assert.That(config.Diagnostics.Single().Message, Is.EqualTo("This value is 4,097 characters long, over the 4,096-character limit; the property is ignored."));
            Assert.That(config.Diagnostics.Single().Span, Is.EqualTo(new SourceSpan(2, 38, 2, 38 + 4097)));
        });
    }

    [Test]
    public void Over_long_line_is_not_read()
    {
        var line = "a = " + new string(' ', AnalyzerConfigParser.MaxLineLength) + "b";
        var diagnostic = Single("[*]\n" + line);
        Assert.That(diagnostic.Message, Is.EqualTo("This line is 8,197 characters long, over the 8,192-character limit, and is ignored."));
    }

    [Test]
    public void A_valid_file_for_several_tools_is_quiet()
    {
        AssertQuiet("""
            # top-most EditorConfig file
            root = true

            [*]
            indent_style = space
            dotnet_analyzer_diagnostic.category-Images.severity = error

            [*.{cs,vb}]
            dotnet_diagnostic.CA2007.severity = none
            dotnet_style_qualification_for_field = false:warning

            [{Dockerfile,*.Dockerfile}]
            dotnet_diagnostic.DKS1001.severity = error ; pinned tags only
            dotnet_diagnostic.dks1003.severity = suggestion

            [docker-compose*.{yml,yaml}]
            dotnet_diagnostic.DKS6002.severity = none
            """);
    }
}
