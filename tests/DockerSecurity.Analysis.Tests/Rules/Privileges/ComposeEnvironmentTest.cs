using System;
using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Pipeline;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

/// <summary>
/// Rule fixtures that look at one environment set only (<c>docker-compose.yml</c> +
/// <c>docker-compose.prod.yml</c>): the base file alone is a set of its own too, and its findings
/// would hide whether the merged set is right.
/// </summary>
public abstract class ComposeEnvironmentTest : RuleTest
{
    protected static AnalysedSource ComposeEnvironment(string environment, params (string Name, string Markup)[] files)
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

        var set = ComposeFileSet.Discover(composeFiles).Single(s => s.Environment == environment);
        var loaded = ComposeLoader.Load(set.Files);
        var diagnostics = new List<Diagnostic>(loaded.Diagnostics);
        var context = new ComposeContext(loaded.Project, set, RuleSettings.Default, new DockerfileModels(), diagnostics);
        foreach (var rule in ComposeRules.All)
        {
            rule.Analyze(context);
        }

        return new AnalysedSource(expected, diagnostics);
    }
}
