using System;
using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Pipeline;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Rules;

/// <summary>Base of rule fixtures: <c>Dockerfile("FROM {|DKS1001:python|}").ShouldReport()</c>.</summary>
public abstract class RuleTest
{
    protected static AnalysedSource Dockerfile(string markup, RuleSettings? settings = null, string path = "/repo/src/Dockerfile")
    {
        var (source, expected) = Markup.Parse(markup, System.IO.Path.GetFileName(path));
        var diagnostics = DockerfileAnalysis.Analyze(new SourceFile(path, source), settings ?? RuleSettings.Default, DockerfileRules.All).Diagnostics;
        return new AnalysedSource(expected, diagnostics);
    }

    /// <summary>
    /// A compose project on disk: every file is written (markers removed) into a fresh folder,
    /// then the YAML files among them are analysed by the compose rules as Compose would group them.
    /// Names may contain folders (<c>api/Dockerfile</c>); markers are matched per file name.
    /// </summary>
    protected static AnalysedSource Compose(params (string Name, string Markup)[] files) => Compose(RuleSettings.Default, files);

    protected static AnalysedSource Compose(RuleSettings settings, params (string Name, string Markup)[] files)
    {
        var folder = TestFolder.Create();
        var expected = new List<ExpectedFinding>();
        var composeFiles = new List<string>();
        foreach (var (name, markup) in files)
        {
            var (source, marked) = Markup.Parse(markup, System.IO.Path.GetFileName(name));
            var path = System.IO.Path.Combine(folder, name);
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            System.IO.File.WriteAllText(path, source);
            expected.AddRange(marked);
            if (name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal))
            {
                composeFiles.Add(path);
            }
        }

        var diagnostics = ComposeAnalysis.Analyze(composeFiles, settings, ComposeRules.All).Diagnostics.Distinct().ToList();
        return new AnalysedSource(expected, diagnostics);
    }
}

/// <summary>The findings of one analysed source and the findings its markup expects.</summary>
public sealed class AnalysedSource
{
    private readonly IReadOnlyList<ExpectedFinding> _expected;

    public AnalysedSource(IReadOnlyList<ExpectedFinding> expected, IReadOnlyList<Diagnostic> diagnostics)
    {
        _expected = expected;
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// The findings of the rules named in the markup (and in <paramref name="alsoRules"/>) are
    /// exactly the marked ones, at exactly the marked spans.
    /// </summary>
    public AnalysedSource ShouldReport(params string[] alsoRules)
    {
        var rules = new HashSet<string>(_expected.Select(e => e.Id).Concat(alsoRules), StringComparer.Ordinal);
        if (rules.Count == 0)
        {
            throw new ArgumentException("Mark a finding or name the rules whose findings must be exactly the marked ones.");
        }

        var actual = Diagnostics.Where(d => rules.Contains(d.Id)).Select(d => new ExpectedFinding(d.Id, d.Span, System.IO.Path.GetFileName(d.FilePath)));
        Assert.That(actual, Is.EquivalentTo(_expected), Describe());
        return this;
    }

    /// <summary>None of <paramref name="rules"/> reports anything.</summary>
    public AnalysedSource ShouldNotReport(params string[] rules)
    {
        var unexpected = Diagnostics.Where(d => rules.Contains(d.Id)).ToList();
        Assert.That(unexpected, Is.Empty, Describe());
        return this;
    }

    /// <summary>The one finding of <paramref name="rule"/>.</summary>
    public Diagnostic Single(string rule)
    {
        var found = Diagnostics.Where(d => d.Id == rule).ToList();
        Assert.That(found, Has.Count.EqualTo(1), Describe());
        return found[0];
    }

    private string Describe() =>
        "All findings:\n" + string.Join("\n", Diagnostics.Select(d => $"  {System.IO.Path.GetFileName(d.FilePath)} {d.Id} {d.Span}: {d.Message}"));
}
