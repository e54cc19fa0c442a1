using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Documentation;

/// <summary>Every rule has its page, the page agrees with the catalog, and the help link points at it.</summary>
public class RuleDocumentationTests
{
    private static readonly string RulesFolder = Path.Combine(SharedFolder.RepositoryRoot, "docs", "rules");

    private static IEnumerable<RuleDescriptor> Rules() => RuleCatalog.All.OrderBy(r => r.Id);

    [TestCaseSource(nameof(Rules))]
    public void Rule_has_a_page_that_agrees_with_the_catalog(RuleDescriptor rule)
    {
        var path = Path.Combine(RulesFolder, rule.Id + ".md");
        Assert.That(File.Exists(path), Is.True, $"docs/rules/{rule.Id}.md is missing");
        var page = File.ReadAllText(path);

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.StartWith($"# {rule.Id}: {rule.Title}\n"));
            Assert.That(Row(page, "Rule ID"), Is.EqualTo(rule.Id));
            Assert.That(Row(page, "Title"), Is.EqualTo(rule.Title));
            Assert.That(Row(page, "Category"), Is.EqualTo(rule.Category));
            Assert.That(Row(page, "Default severity"), Is.EqualTo(SeverityWord(rule.DefaultSeverity)));
            Assert.That(Row(page, "Applies to"), Is.EqualTo(TargetWords(rule.Target)));
            foreach (var heading in new[] { "## Cause", "## Why it matters", "## How to fix", "## How to suppress", "## Equivalent rules in other tools" })
            {
                Assert.That(page, Does.Contain("\n" + heading + "\n"), heading);
            }

            Assert.That(page, Does.Contain($"dotnet_diagnostic.{rule.Id}.severity"));
        });
    }

    [TestCaseSource(nameof(Rules))]
    public void Help_link_points_at_the_rule_page(RuleDescriptor rule) =>
        Assert.That(rule.HelpLink, Is.EqualTo(RuleCatalog.HelpLinkBase + rule.Id + ".md"));

    [Test]
    public void Every_page_belongs_to_a_rule()
    {
        var pages = Directory.GetFiles(RulesFolder, "DKS*.md").Select(Path.GetFileNameWithoutExtension);
        Assert.That(pages, Is.EquivalentTo(RuleCatalog.All.Select(r => r.Id)));
    }

    [Test]
    public void Readme_rule_table_lists_every_rule_with_its_title_and_severity()
    {
        var readme = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "README.md"));
        var rows = Regex.Matches(readme, @"^\| \[(DKS\d{4})\]\(docs/rules/\1\.md\) \| (.+?) \| (\w+) \|$", RegexOptions.Multiline)
            .Cast<Match>()
            .ToDictionary(m => m.Groups[1].Value, m => (Title: m.Groups[2].Value, Severity: m.Groups[3].Value));

        Assert.That(rows.Keys, Is.EquivalentTo(RuleCatalog.All.Select(r => r.Id)));
        Assert.Multiple(() =>
        {
            foreach (var rule in RuleCatalog.All)
            {
                Assert.That(rows[rule.Id], Is.EqualTo((rule.Title.Replace("|", "\\|"), SeverityWord(rule.DefaultSeverity))), rule.Id);
            }
        });
    }

    private static string Row(string page, string name)
    {
        var match = Regex.Match(page, "^\\| " + Regex.Escape(name) + " \\| (.*) \\|$", RegexOptions.Multiline);
        return match.Success ? match.Groups[1].Value.Replace("\\|", "|") : "<no row>";
    }

    private static string SeverityWord(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();

    private static string TargetWords(RuleTarget target) => target switch
    {
        RuleTarget.Dockerfile => "Dockerfile",
        RuleTarget.Compose => "compose",
        RuleTarget.DockerfileAndCompose => "Dockerfile, compose",
        _ => "—",
    };
}
