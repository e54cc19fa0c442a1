using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DockerSecurity.Analysis.Pipeline;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Rules.Build;

/// <summary>
/// The pages of the shell-aware rules tell the truth: each non-compliant example produces exactly the
/// build output lines printed under it (position, rule and message), and the compliant examples produce none.
/// </summary>
public class ShellRulePageTests
{
    private static readonly Regex Block = new("```(dockerfile|yaml|text)\n(.*?)```", RegexOptions.Singleline);

    private static readonly Regex OutputLine = new(@"^(?<file>[\w.-]+)\((?<span>\d+,\d+,\d+,\d+)\): \w+ (?<id>DKS\d{4}): (?<message>.*)$");

    [TestCase("DKS1006")]
    [TestCase("DKS2003")]
    [TestCase("DKS2004")]
    [TestCase("DKS3001")]
    [TestCase("DKS3002")]
    [TestCase("DKS3003")]
    [TestCase("DKS3004")]
    [TestCase("DKS3007")]
    [TestCase("DKS3008")]
    [TestCase("DKS3011")]
    public void Examples_produce_the_printed_output(string id)
    {
        var page = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "docs", "rules", id + ".md")).Replace("\r\n", "\n");
        var nonCompliant = Section(page, "### Non-compliant", "### Compliant");
        var compliant = Section(page, "### Compliant", "## How to suppress");

        var blocks = Block.Matches(nonCompliant).Cast<Match>().ToList();
        var examples = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Groups[1].Value == "text")
            {
                continue;
            }

            var output = blocks.Skip(i + 1).FirstOrDefault(b => b.Groups[1].Value == "text");
            Assert.That(output, Is.Not.Null, $"{id}: example {i} has no output block");
            var expected = output!.Groups[2].Value.Split('\n').Where(l => l.Length > 0).Select(Normalize).ToList();
            Assert.That(expected, Is.Not.Empty.And.All.Not.Null, $"{id}: output lines must read file(line,col,endLine,endCol): severity ID: message");
            Assert.That(Findings(blocks[i], id), Is.EqualTo(expected), $"{id} example {i}");
            examples++;
        }

        Assert.That(examples, Is.GreaterThan(0));
        foreach (Match block in Block.Matches(compliant))
        {
            if (block.Groups[1].Value != "text")
            {
                Assert.That(Findings(block, id), Is.Empty, $"{id}: compliant example");
            }
        }
    }

    private static string Section(string page, string from, string to)
    {
        var start = page.IndexOf(from + "\n", System.StringComparison.Ordinal);
        var end = page.IndexOf(to + "\n", start + 1, System.StringComparison.Ordinal);
        Assert.That(start >= 0 && end > start, Is.True, from);
        return page.Substring(start, end - start);
    }

    private static string? Normalize(string line)
    {
        var match = OutputLine.Match(line);
        return match.Success ? $"{match.Groups["file"].Value}({match.Groups["span"].Value}) {match.Groups["id"].Value}: {match.Groups["message"].Value}" : null;
    }

    private static List<string> Findings(Match block, string id)
    {
        IEnumerable<Diagnostic> diagnostics;
        string file;
        if (block.Groups[1].Value == "dockerfile")
        {
            file = "Dockerfile";
            diagnostics = DockerfileAnalysis.Analyze(new SourceFile("/repo/" + file, block.Groups[2].Value), RuleSettings.Default, DockerfileRules.All).Diagnostics;
        }
        else
        {
            file = "docker-compose.yml";
            var path = Path.Combine(TestFolder.Create(), file);
            File.WriteAllText(path, block.Groups[2].Value);
            diagnostics = ComposeAnalysis.Analyze(new[] { path }, RuleSettings.Default, ComposeRules.All).Diagnostics;
        }

        return diagnostics
            .Where(d => d.Id == id)
            .Select(d => $"{file}({d.Span.StartLine},{d.Span.StartColumn},{d.Span.EndLine},{d.Span.EndColumn}) {d.Id}: {d.Message}")
            .ToList();
    }
}
