using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using DockerSecurity.Analysis.Pipeline;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Rules.Build;

/// <summary>The shell-aware rules never crash on real or odd input, and their cost grows with the script, not its square.</summary>
public class ShellRuleRobustnessTests
{
    private static readonly string[] ShellRules = { "DKS1006", "DKS2003", "DKS2004", "DKS3001", "DKS3002", "DKS3003", "DKS3004", "DKS3007", "DKS3008", "DKS3011" };

    [Test]
    public void Rules_run_on_every_dockerfile_of_the_buildkit_corpus()
    {
        var root = SharedFolder.Require("conformance/buildkit-parser");
        var crashes = new List<string>();
        foreach (var path in Directory.GetFiles(root, "Dockerfile", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(path);
            var diagnostics = DockerfileAnalysis.Analyze(new SourceFile(path, text), RuleSettings.Default, DockerfileRules.All).Diagnostics;
            crashes.AddRange(diagnostics.Where(d => d.Id == "DKS0000").Select(d => $"{path}: {d.Message}"));
        }

        Assert.That(crashes, Is.Empty);
    }

    [TestCase("RUN apt-get install")]
    [TestCase("RUN apt-get")]
    [TestCase("RUN chmod")]
    [TestCase("RUN chmod -R")]
    [TestCase("RUN install -m")]
    [TestCase("RUN curl | | sh")]
    [TestCase("RUN curl x |")]
    [TestCase("RUN sh -c")]
    [TestCase("RUN bash <(")]
    [TestCase("RUN git -c")]
    [TestCase("RUN git config")]
    [TestCase("RUN npm config set")]
    [TestCase("RUN pip config set global.trusted-host")]
    [TestCase("RUN echo > /etc/apt/sources.list.d/x.list")]
    [TestCase("RUN sed -i")]
    [TestCase("RUN apk add --virtual")]
    [TestCase("RUN 'unterminated")]
    [TestCase("RUN pip install ''")]
    [TestCase("RUN npm install ''")]
    [TestCase("RUN dnf install -y -")]
    [TestCase("RUN --mount=type=cache, apt-get install -y x")]
    [TestCase("RUN --mount apt-get install -y x")]
    [TestCase("COPY --chmod= a b")]
    [TestCase("ENV GIT_SSL_NO_VERIFY")]
    public void Odd_input_does_not_crash(string instruction)
    {
        var diagnostics = DockerfileAnalysis.Analyze(new SourceFile("/Dockerfile", "FROM debian:12.8-slim\n" + instruction + "\n"), RuleSettings.Default, DockerfileRules.All).Diagnostics;
        Assert.That(diagnostics.Where(d => d.Id == "DKS0000").Select(d => d.Message), Is.Empty);
    }

    [Test]
    public void Long_run_is_analysed_in_near_linear_time()
    {
        static double Measure(int commands)
        {
            var text = new StringBuilder("FROM debian:12.8-slim\nRUN apt-get update");
            for (var i = 0; i < commands; i++)
            {
                text.Append(" \\\n && apt-get install -y pkg").Append(i).Append(" && curl -k https://x/").Append(i).Append(" | sh && chmod 777 /d").Append(i);
            }

            text.Append('\n');
            var file = new SourceFile("/Dockerfile", text.ToString());
            var rules = DockerfileRules.All.Where(r => ShellRules.Contains(r.Descriptor.Id)).ToList();
            var best = double.MaxValue;
            for (var run = 0; run < 2; run++)
            {
                var watch = Stopwatch.StartNew();
                var diagnostics = DockerfileAnalysis.Analyze(file, RuleSettings.Default, rules).Diagnostics;
                watch.Stop();
                Assert.That(diagnostics.Count(d => d.Id == "DKS3007"), Is.EqualTo(commands));
                best = System.Math.Min(best, watch.Elapsed.TotalMilliseconds);
            }

            return best;
        }

        var small = Measure(200);
        var large = Measure(3200);
        var report = $"200 commands: {small:F0} ms, 3200 commands: {large:F0} ms";
        TestContext.Out.WriteLine(report);

        // Sixteen times the commands may cost about sixteen times the time, never 256 times; the floor absorbs noise on a busy machine.
        Assert.That(large, Is.LessThan((small * 40) + 1000), report);
    }
}
