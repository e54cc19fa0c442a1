using System.Collections.Generic;
using System.IO;
using System.Linq;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Text;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Dockerfiles;

/// <summary>Docker's own parser test corpus (../shared/conformance), read in place.</summary>
public class BuildkitConformanceTests
{
    private const string CorpusFolder = "conformance/buildkit-parser";

    public static IEnumerable<TestCaseData> Cases()
    {
        var root = SharedFolder.Path is null ? null : Path.Combine(SharedFolder.Path, CorpusFolder);
        if (root is null || !Directory.Exists(root))
        {
            // Still one case, so that the absence is reported as a skip with its reason.
            yield return new TestCaseData("(corpus absent)").SetName("Buildkit_dump_matches(corpus absent)");
            yield break;
        }

        foreach (var directory in Directory.GetDirectories(root).OrderBy(d => d, System.StringComparer.Ordinal))
        {
            var name = Path.GetFileName(directory);
            yield return new TestCaseData(name).SetName($"Buildkit_dump_matches({name})");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Buildkit_dump_matches(string caseName)
    {
        var folder = SharedFolder.Require(Path.Combine(CorpusFolder, caseName));
        var file = Read(Path.Combine(folder, "Dockerfile"));
        var expected = File.ReadAllText(Path.Combine(folder, "result")).Replace("\r\n", "\n");

        var result = DockerfileParser.Parse(file);

        Assert.That(result.Error, Is.Null, () => result.Error!.ToString());
        Assert.That(DockerfileDump.Render(result.Syntax!), Is.EqualTo(expected));
    }

    [Test]
    public void Corpus_has_all_33_cases()
    {
        var root = SharedFolder.Require(CorpusFolder);
        Assert.That(Directory.GetDirectories(root), Has.Length.EqualTo(33));
    }

    [TestCase("empty_dockerfile", "file with no instructions", 1, 1, 1, 1)]
    [TestCase("only_comments", "file with no instructions", 1, 1, 3, 1)]
    [TestCase("env_no_value", "ENV must have two arguments", 3, 5, 3, 9)]
    [TestCase("shykes-nested-json", "when using JSON array syntax, arrays must be comprised of strings only", 1, 15, 1, 32)]
    public void Buildkit_negative_case_is_rejected(string caseName, string message, int line, int column, int endLine, int endColumn)
    {
        var folder = SharedFolder.Require(Path.Combine("conformance/buildkit-parser-negative", caseName));

        var result = DockerfileParser.Parse(Read(Path.Combine(folder, "Dockerfile")));

        Assert.Multiple(() =>
        {
            Assert.That(result.Syntax, Is.Null);
            Assert.That(result.Error!.Message, Is.EqualTo(message));
            Assert.That(result.Error.Span, Is.EqualTo(new SourceSpan(line, column, endLine, endColumn)));
        });
    }

    [Test]
    public void Buildkit_line_ranges_match()
    {
        var path = SharedFolder.Require("conformance/buildkit-parser-lines/Dockerfile");

        var syntax = DockerfileParser.Parse(Read(path)).Syntax!;

        var ranges = syntax.Instructions.Select(i => (i.Span.StartLine, i.Span.EndLine));
        Assert.That(ranges, Is.EqualTo(new[] { (5, 5), (11, 12), (17, 31) }));
    }

    private static SourceFile Read(string path)
    {
        var read = SourceFileReader.Read(path);
        Assert.That(read.File, Is.Not.Null, () => read.Refusal ?? string.Empty);
        return read.File!;
    }
}
