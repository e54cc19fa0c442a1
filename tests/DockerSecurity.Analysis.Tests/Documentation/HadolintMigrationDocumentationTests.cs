using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Documentation;

/// <summary>docs/migrating-from-hadolint.md agrees with <see cref="RuleDescriptor.HadolintIds"/>, the map that hadolint comments go through.</summary>
public class HadolintMigrationDocumentationTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "docs", "migrating-from-hadolint.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    [Test]
    public void Rule_map_table_lists_every_hadolint_id_of_the_catalog_with_its_rules_exactly()
    {
        var documented = Regex.Matches(Section("## Rule map"), @"^\| (\S+) \| (.+) \| (.+) \|$", RegexOptions.Multiline)
            .Where(m => m.Groups[1].Value.StartsWith("DL", StringComparison.Ordinal))
            .Select(m => m.Groups[1].Value + " | " + m.Groups[2].Value + " | " + m.Groups[3].Value)
            .ToList();

        var expected = CatalogMap()
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + " | "
                + string.Join(", ", p.Value.Select(r => $"[{r.Id}](rules/{r.Id}.md) {r.Name}")) + " | "
                + string.Join(", ", p.Value.Select(r => r.DefaultSeverity.ToString().ToLowerInvariant())))
            .ToList();
        Assert.That(documented, Is.EqualTo(expected));
    }

    [Test]
    public void Hadolint_ids_said_to_have_no_equivalent_are_mapped_to_no_rule()
    {
        var listed = Regex.Matches(Section("## What has no equivalent"), @"\bDL\d{4}\b").Select(m => m.Value).Distinct().ToList();

        Assert.That(listed, Is.Not.Empty);
        Assert.That(listed.Where(CatalogMap().ContainsKey), Is.Empty);
    }

    private static Dictionary<string, List<RuleDescriptor>> CatalogMap() => RuleCatalog.All
        .OrderBy(r => r.Id, StringComparer.Ordinal)
        .SelectMany(r => r.HadolintIds.Select(h => (Hadolint: h, Rule: r)))
        .GroupBy(p => p.Hadolint, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Rule).ToList(), StringComparer.Ordinal);

    /// <summary>The text from <paramref name="heading"/> to the next heading of the same level.</summary>
    private static string Section(string heading)
    {
        var start = Page.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"no '{heading}' section");
        var end = Page.IndexOf("\n## ", start + heading.Length + 1, StringComparison.Ordinal);
        return end < 0 ? Page.Substring(start) : Page.Substring(start, end - start);
    }
}
