using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Rules.Secrets;

/// <summary>The secrets rule pages tell the truth: their non-compliant examples give exactly the build output shown, their compliant examples give none.</summary>
public class SecretsDocumentationTests : RuleTest
{
    private static readonly Regex CodeBlock = new("```(dockerfile|yaml|text)\n(.*?)```", RegexOptions.Singleline);

    [TestCase("DKS4001")]
    [TestCase("DKS4002")]
    [TestCase("DKS4003")]
    [TestCase("DKS4004")]
    [TestCase("DKS4005")]
    [TestCase("DKS4006")]
    public void Non_compliant_examples_give_the_output_on_the_page(string id)
    {
        var section = Section(id, "### Non-compliant", "### Compliant");
        var shown = new List<string>();
        var actual = new List<string>();
        foreach (Match block in CodeBlock.Matches(section))
        {
            if (block.Groups[1].Value == "text")
            {
                shown.AddRange(block.Groups[2].Value.Split('\n').Where(l => l.Contains(id)));
            }
            else
            {
                actual.AddRange(Analyse(id, block.Groups[1].Value, block.Groups[2].Value, gitignore: null).Select(Line));
            }
        }

        Assert.That(actual, Is.EqualTo(shown));
    }

    [TestCase("DKS4001")]
    [TestCase("DKS4002")]
    [TestCase("DKS4003")]
    [TestCase("DKS4004")]
    [TestCase("DKS4005")]
    [TestCase("DKS4006")]
    public void Compliant_examples_give_no_finding(string id)
    {
        var section = Section(id, "### Compliant", "## How to suppress");
        var gitignore = Regex.Match(section, "```text\n# \\.gitignore\n(.*?)```", RegexOptions.Singleline);
        foreach (Match block in CodeBlock.Matches(section))
        {
            if (block.Groups[1].Value != "text")
            {
                Assert.That(Analyse(id, block.Groups[1].Value, block.Groups[2].Value, gitignore.Success ? gitignore.Groups[1].Value : null).Select(Line), Is.Empty);
            }
        }
    }

    private static string Section(string id, string from, string to)
    {
        var page = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "docs", "rules", id + ".md"));
        var start = page.IndexOf(from, System.StringComparison.Ordinal);
        var end = page.IndexOf(to, start + from.Length, System.StringComparison.Ordinal);
        return page.Substring(start, end - start);
    }

    private static IEnumerable<Diagnostic> Analyse(string id, string language, string code, string? gitignore)
    {
        var result = language == "dockerfile"
            ? Dockerfile(code, path: "/repo/Dockerfile")
            : gitignore is null
                ? Compose(("docker-compose.yml", code), (".git/HEAD", "ref: refs/heads/main\n"))
                : Compose(("docker-compose.yml", code), (".git/HEAD", "ref: refs/heads/main\n"), (".gitignore", gitignore));
        return result.Diagnostics.Where(d => d.Id == id);
    }

    private static string Line(Diagnostic d)
    {
        var severity = d.Severity == DiagnosticSeverity.Suggestion ? "message" : d.Severity.ToString().ToLowerInvariant();
        return $"{Path.GetFileName(d.FilePath)}({d.Span.StartLine},{d.Span.StartColumn},{d.Span.EndLine},{d.Span.EndColumn}): {severity} {d.Id}: {d.Message}";
    }
}
