using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DockerSecurity.Analysis.Pipeline;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

/// <summary>
/// The rule pages tell the truth: each non-compliant example, analysed, gives exactly the build
/// output the page shows, and each compliant example gives none for that rule.
/// </summary>
public class PrivilegeRulePagesTests
{
    private const string ValidSeccompProfile = "{ \"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [] }";

    private static readonly string[] Rules =
    {
        "DKS2001", "DKS2005", "DKS2006", "DKS2007", "DKS2008", "DKS2009", "DKS2010", "DKS2011", "DKS2012",
        "DKS2013", "DKS2014", "DKS2015", "DKS2016", "DKS2017", "DKS2018", "DKS2019", "DKS2020",
    };

    [TestCaseSource(nameof(Rules))]
    public void Non_compliant_examples_give_the_output_the_page_shows(string rule)
    {
        var examples = Examples(Section(Page(rule), "### Non-compliant", "### Compliant"));
        Assert.That(examples.Any(e => e.Output is not null), Is.True, "the page shows no build output");
        Assert.Multiple(() =>
        {
            foreach (var (language, source, output) in examples)
            {
                Assert.That(Analyze(rule, language, source), Is.EqualTo(output ?? Array.Empty<string>()), source);
            }
        });
    }

    [TestCaseSource(nameof(Rules))]
    public void Compliant_examples_are_quiet(string rule)
    {
        var examples = Examples(Section(Page(rule), "### Compliant", "## How to suppress"));
        Assert.That(examples, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var (language, source, _) in examples)
            {
                Assert.That(Analyze(rule, language, source), Is.Empty, source);
            }
        });
    }

    private static string Page(string rule) =>
        File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "docs", "rules", rule + ".md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Section(string page, string from, string to)
    {
        var start = page.IndexOf("\n" + from + "\n", StringComparison.Ordinal);
        var end = page.IndexOf("\n" + to + "\n", start + 1, StringComparison.Ordinal);
        Assert.That(start >= 0 && end > start, Is.True, $"no '{from}' section");
        return page.Substring(start, end - start);
    }

    /// <summary>Each yaml or dockerfile block, with the lines of the text block that follows it (before the next example), if any.</summary>
    private static List<(string Language, string Source, string[]? Output)> Examples(string section)
    {
        var blocks = Regex.Matches(section, "```(\\w+)\\n(.*?)```", RegexOptions.Singleline).Cast<Match>().ToList();
        var examples = new List<(string, string, string[]?)>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var language = blocks[i].Groups[1].Value;
            if (language is not ("yaml" or "dockerfile"))
            {
                continue;
            }

            string[]? output = null;
            if (i + 1 < blocks.Count && blocks[i + 1].Groups[1].Value == "text")
            {
                output = blocks[i + 1].Groups[2].Value.TrimEnd('\n').Split('\n');
            }

            examples.Add((language, blocks[i].Groups[2].Value, output));
        }

        return examples;
    }

    private static List<string> Analyze(string rule, string language, string source)
    {
        IEnumerable<Diagnostic> diagnostics;
        if (language == "dockerfile")
        {
            diagnostics = DockerfileAnalysis.Analyze(new SourceFile("/repo/Dockerfile", source), RuleSettings.Default, DockerfileRules.All).Diagnostics;
        }
        else
        {
            var folder = TestFolder.Create();
            var compose = Path.Combine(folder, "docker-compose.yml");
            File.WriteAllText(compose, source);
            Directory.CreateDirectory(Path.Combine(folder, "security"));
            File.WriteAllText(Path.Combine(folder, "security", "seccomp-profile.json"), ValidSeccompProfile);
            diagnostics = ComposeAnalysis.Analyze(new[] { compose }, RuleSettings.Default, ComposeRules.All).Diagnostics.Distinct();
        }

        return diagnostics.Where(d => d.Id == rule).Select(Format).ToList();
    }

    private static string Format(Diagnostic d)
    {
        var level = d.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "message",
        };
        return $"{Path.GetFileName(d.FilePath)}({d.Span.StartLine},{d.Span.StartColumn},{d.Span.EndLine},{d.Span.EndColumn}): {level} {d.Id}: {d.Message}";
    }
}
