using System;
using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Pipeline;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Rules;

/// <summary>Base of rule fixtures: <c>Dockerfile("FROM {|DKS1001:python|}").ShouldReport()</c>.</summary>
public abstract class RuleTest
{
    protected static AnalysedSource Dockerfile(string markup, RuleSettings? settings = null, string path = "/repo/src/Dockerfile")
    {
        var (source, expected) = Markup.Parse(markup);
        var diagnostics = DockerfileAnalysis.Analyze(new SourceFile(path, source), settings ?? RuleSettings.Default, DockerfileRules.All).Diagnostics;
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

        var actual = Diagnostics.Where(d => rules.Contains(d.Id)).Select(d => new ExpectedFinding(d.Id, d.Span));
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
        "All findings:\n" + string.Join("\n", Diagnostics.Select(d => $"  {d.Id} {d.Span}: {d.Message}"));
}
