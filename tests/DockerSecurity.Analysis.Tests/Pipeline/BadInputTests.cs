using System.IO;
using System.Linq;
using System.Text;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Pipeline;

/// <summary>Hostile and broken files, all in one analysis: each gets its diagnostic at the best place, and the rest is still checked.</summary>
public class BadInputTests
{
    [Test]
    public void Every_bad_file_gets_its_diagnostic_and_the_good_file_still_reports()
    {
        var folder = TestFolder.Create("dks-bad-");
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n");
        string Write(string name, byte[] bytes)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
        var good = Write("Dockerfile", Utf8("FROM python:latest\n"));
        var crlfBom = Write("Dockerfile.crlf", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8("FROM alpine:3.20.3\r\nUSER root\r\n")).ToArray());
        var invalidUtf8 = Write("Dockerfile.latin1", new byte[] { 0x46, 0x52, 0x4F, 0x4D, 0x20, 0xE9, 0x0A });
        var huge = Write("Dockerfile.huge", Utf8("FROM alpine:3.20.3\n" + new string('#', 3 * 1024 * 1024)));
        var brokenYaml = Write("docker-compose.yml", Utf8("services:\n  api:\n    image: [unclosed\n"));
        var aliasBomb = Write("compose.bomb.yaml", Utf8(AliasBomb()));
        var deep = Write("compose.deep.yaml", Utf8("services:\n  x:\n    labels:\n" + string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 6 + i) + "- \n")) ));
        var missingInclude = Write("compose.yaml", Utf8("include:\n  - ./missing.yml\nservices:\n  web:\n    image: nginx:1.27.3-alpine\n"));

        var result = DockerSecurityAnalyzer.Analyze(new AnalysisRequest
        {
            ProjectDirectory = folder,
            RepositoryRoot = folder,
            Dockerfiles = new[] { good, crlfBom, invalidUtf8, huge },
            ComposeFiles = new[] { brokenYaml, aliasBomb, deep, missingInclude },
        });

        (string File, string Id, int Line, int Column) Key(DockerSecurity.Analysis.Reporting.Diagnostic d) => (Path.GetFileName(d.FilePath), d.Id, d.Span.StartLine, d.Span.StartColumn);
        var found = result.Reported.Select(Key).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(found, Does.Contain(("Dockerfile", "DKS1001", 1, 6)));
            Assert.That(found, Does.Contain(("Dockerfile.crlf", "DKS2001", 2, 6)), "CRLF and BOM keep columns exact");
            Assert.That(
                result.Reported.Where(d => d.Id is "DKS0002" or "DKS0003" or "DKS0004").Select(d => (Key(d), d.Message)),
                Is.EquivalentTo(new[]
                {
                    (("Dockerfile.latin1", "DKS0004", 1, 6), "'Dockerfile.latin1' is skipped: it is not valid UTF-8."),
                    (("Dockerfile.huge", "DKS0004", 1, 1), "'Dockerfile.huge' is skipped: it is 3,145,747 bytes, over the 2,097,152-byte limit."),
                    (("docker-compose.yml", "DKS0002", 4, 1), "'docker-compose.yml' is not valid YAML: while parsing a flow sequence, did not find expected ',' or ']'."),
                    (("compose.bomb.yaml", "DKS0004", 6, 10), "'compose.bomb.yaml' is skipped: its aliases expand to more than 100,000 nodes."),
                    (("compose.deep.yaml", "DKS0004", 65, 68), "'compose.deep.yaml' is skipped: it nests mappings and lists deeper than 64 levels."),
                    (("compose.yaml", "DKS0003", 2, 5), "The included file './missing.yml' does not exist."),
                }));
            Assert.That(result.Reported.Select(d => d.Id), Has.None.EqualTo("DKS0000"), "no rule crashed");
        });
    }

    private static string AliasBomb()
    {
        var text = new StringBuilder("x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level < 9; level++)
        {
            var previous = (char)('a' + level - 1);
            var name = (char)('a' + level);
            text.Append($"x-{name}: &{name} [").Append(string.Join(", ", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        return text.Append("services:\n  api:\n    image: nginx:1.27.3-alpine\n    labels: *i\n").ToString();
    }
}
