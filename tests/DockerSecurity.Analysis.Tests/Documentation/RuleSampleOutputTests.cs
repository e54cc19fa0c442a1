using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Documentation;

/// <summary>
/// The build output a rule page shows under "Non-compliant" is what the rule really reports for the
/// example above it: same message, same (line,column,endLine,endColumn). Examples run in a fresh
/// repository folder (with .git, without .dockerignore, with the seccomp profile the DKS2013 page names),
/// with DockerSecurityTrustedRegistries set to <c>mcr.microsoft.com;*.azurecr.io</c> as the DKS1005 page
/// says. Every rule page is checked, so the docs cannot drift from the rules.
/// </summary>
public class RuleSampleOutputTests
{
    /// <summary>The pages whose examples are checked; add a rule here once its page tells the truth.</summary>
    private static readonly string[] Checked = Analysis.Rules.RuleCatalog.All
        .Select(rule => rule.Id)
        .Where(id => !id.StartsWith("DKS0", StringComparison.Ordinal))
        .OrderBy(id => id, StringComparer.Ordinal)
        .ToArray();

    private static readonly RuleSettings Settings = new() { TrustedRegistries = new[] { "mcr.microsoft.com", "*.azurecr.io" } };

    private static readonly Regex CodeBlock = new("```(?<language>[a-z]*)\\n(?<code>.*?)```", RegexOptions.Singleline);

    public static IEnumerable<TestCaseData> Examples()
    {
        foreach (var id in Checked)
        {
            var page = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "docs", "rules", id + ".md")).Replace("\r\n", "\n");
            var start = page.IndexOf("### Non-compliant", StringComparison.Ordinal);
            var end = page.IndexOf("### Compliant", start + 1, StringComparison.Ordinal);
            var section = page.Substring(start, end - start);
            string? source = null;
            string? language = null;
            var number = 0;
            foreach (Match block in CodeBlock.Matches(section))
            {
                if (block.Groups["language"].Value is "dockerfile" or "yaml")
                {
                    source = block.Groups["code"].Value;
                    language = block.Groups["language"].Value;
                }
                else if (block.Groups["language"].Value == "text" && source is not null)
                {
                    yield return new TestCaseData(id, language, source, block.Groups["code"].Value.TrimEnd('\n')).SetName($"{id} example {++number} ({language})");
                    source = null;
                }
            }
        }
    }

    /// <summary>
    /// Every example under "Compliant", and the non-compliant Dockerfile with a <c># .dockerignore</c>
    /// block of the compliant section beside it.
    /// </summary>
    public static IEnumerable<TestCaseData> CompliantExamples()
    {
        foreach (var id in Checked)
        {
            var page = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "docs", "rules", id + ".md")).Replace("\r\n", "\n");
            var nonCompliant = page.IndexOf("### Non-compliant", StringComparison.Ordinal);
            var start = page.IndexOf("### Compliant", nonCompliant, StringComparison.Ordinal);
            var end = page.IndexOf("## How to suppress", start, StringComparison.Ordinal);
            var number = 0;
            var section = page.Substring(start, end - start);
            var gitignore = CodeBlock.Matches(section).Cast<Match>()
                .Select(m => m.Groups["code"].Value)
                .FirstOrDefault(code => code.StartsWith("# .gitignore\n", StringComparison.Ordinal));
            foreach (Match block in CodeBlock.Matches(section))
            {
                var language = block.Groups["language"].Value;
                var code = block.Groups["code"].Value;
                if (language is "dockerfile" or "yaml")
                {
                    yield return new TestCaseData(id, language, code, null, gitignore).SetName($"{id} compliant {++number} ({language})");
                }
                else if (language == "text" && code.StartsWith("# .dockerignore\n", StringComparison.Ordinal))
                {
                    var dockerfile = CodeBlock.Matches(page.Substring(nonCompliant, start - nonCompliant)).Cast<Match>().First(m => m.Groups["language"].Value == "dockerfile");
                    yield return new TestCaseData(id, "dockerfile", dockerfile.Groups["code"].Value, code, null).SetName($"{id} compliant {++number} (.dockerignore)");
                }
            }
        }
    }

    [TestCaseSource(nameof(Examples))]
    public void Page_shows_the_real_output(string id, string language, string source, string shown) =>
        Assert.That(Output(id, language, source), Is.EqualTo(shown));

    [TestCaseSource(nameof(CompliantExamples))]
    public void Compliant_example_is_quiet(string id, string language, string source, string? dockerignore, string? gitignore) =>
        Assert.That(Output(id, language, source, dockerignore, gitignore), Is.Empty);

    [Test]
    public void Every_checked_page_has_an_example() =>
        Assert.That(Examples().Select(e => (string)e.Arguments[0]!).Distinct(), Is.EquivalentTo(Checked));

    /// <summary>The lines MSBuild would log for rule <paramref name="id"/>: <c>file(l,c,el,ec): warning ID: message</c>.</summary>
    internal static string Output(string id, string language, string source, string? dockerignore = null, string? gitignore = null)
    {
        var folder = TestFolder.Create();
        Directory.CreateDirectory(Path.Combine(folder, ".git"));
        Directory.CreateDirectory(Path.Combine(folder, "security"));
        File.WriteAllText(Path.Combine(folder, "security", "seccomp-profile.json"), "{ \"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [] }");
        if (gitignore is not null)
        {
            File.WriteAllText(Path.Combine(folder, ".gitignore"), gitignore);
        }

        if (dockerignore is not null)
        {
            File.WriteAllText(Path.Combine(folder, ".dockerignore"), dockerignore);
        }

        var path = Path.Combine(folder, language == "dockerfile" ? "Dockerfile" : "docker-compose.yml");
        File.WriteAllText(path, source);
        var request = language == "dockerfile"
            ? new AnalysisRequest { ProjectDirectory = folder, Dockerfiles = new[] { path }, Settings = Settings }
            : new AnalysisRequest { ProjectDirectory = folder, ComposeFiles = new[] { path }, Settings = Settings };
        var diagnostics = DockerSecurityAnalyzer.Analyze(request).Diagnostics;

        return string.Join("\n", diagnostics
            .Where(d => d.Id == id)
            .OrderBy(d => d.Span.Start)
            .Select(d => $"{Path.GetFileName(d.FilePath)}({d.Span.StartLine},{d.Span.StartColumn},{d.Span.EndLine},{d.Span.EndColumn}): {Word(d.Severity)} {d.Id}: {d.Message}"));
    }

    private static string Word(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        // A silent rule's page shows its line as it looks once raised to warning, and says so.
        DiagnosticSeverity.Silent => "warning",
        _ => "message",
    };
}
