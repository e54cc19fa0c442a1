using System.Linq;
using DockerSecurity.Analysis.Shell;
using static DockerSecurity.Analysis.Tests.Shell.ShellSource;

namespace DockerSecurity.Analysis.Tests.Shell;

/// <summary>A finding points at the offending word's own line and column, however the RUN is spread over lines.</summary>
public class SpanTests
{
    private const string MultiLineRun =
        "RUN apt-get update && \\\n" +
        "    apt-get install -y \\\n" +
        "        curl \\\n" +
        "        \"ca-certificates\" && \\\n" +
        "    rm -rf /var/lib/apt/lists/*";

    [TestCase(0, 0, "apt-get", 1, 5, 1, 12)]
    [TestCase(0, 1, "update", 1, 13, 1, 19)]
    [TestCase(1, 0, "apt-get", 2, 5, 2, 12)]
    [TestCase(1, 2, "-y", 2, 21, 2, 23)]
    [TestCase(1, 3, "curl", 3, 9, 3, 13)]
    [TestCase(1, 4, "ca-certificates", 4, 9, 4, 26)]
    [TestCase(2, 0, "rm", 5, 5, 5, 7)]
    [TestCase(2, 2, "/var/lib/apt/lists/*", 5, 12, 5, 32)]
    public void Words_of_a_multi_line_run_keep_their_own_positions(int command, int word, string value, int line, int column, int endLine, int endColumn)
    {
        var shellWord = ShellScript.Parse(Run(MultiLineRun)).AllCommands[command].Words[word];
        Assert.Multiple(() =>
        {
            Assert.That(shellWord.Value, Is.EqualTo(value));
            Assert.That(shellWord.Span, Is.EqualTo(At(line, column, endLine, endColumn)));
        });
    }

    [Test]
    public void Commands_and_pipelines_span_their_lines()
    {
        var script = ShellScript.Parse(Run(MultiLineRun));
        Assert.Multiple(() =>
        {
            Assert.That(script.AllCommands.Select(c => c.Span), Is.EqualTo(new[]
            {
                At(1, 5, 1, 19),
                At(2, 5, 4, 26),
                At(5, 5, 5, 32),
            }));
            Assert.That(script.Pipelines.Select(p => p.Span), Is.EqualTo(script.AllCommands.Select(c => c.Span)));
        });
    }

    [Test]
    public void Value_span_leaves_the_quotes_out()
    {
        var word = ShellScript.Parse(Run(MultiLineRun)).AllCommands[1].Words[4];
        Assert.Multiple(() =>
        {
            Assert.That(word.Text, Is.EqualTo("\"ca-certificates\""));
            Assert.That(word.ValueSpan(0, word.Value.Length), Is.EqualTo(At(4, 10, 4, 25)));
            Assert.That(word.ValueSpan(3, 5), Is.EqualTo(At(4, 13, 4, 18)));
        });
    }

    [Test]
    public void Word_split_by_a_continuation_spans_both_lines()
    {
        var word = ShellScript.Parse(Run("RUN echo ab\\\ncd")).Single().Words[1];
        Assert.Multiple(() =>
        {
            Assert.That(word.Value, Is.EqualTo("abcd"));
            Assert.That(word.Span, Is.EqualTo(At(1, 10, 2, 3)));
            Assert.That(word.ValueSpan(1, 2), Is.EqualTo(At(1, 11, 2, 2)));
        });
    }

    [Test]
    public void Run_on_a_later_line_of_the_dockerfile()
    {
        var script = ShellScript.Parse(Run("RUN set -eux; \\\n\tcurl -fsSL https://x | sh", firstLine: 7));
        var curl = script.AllCommands.Single(c => c.Name == "curl");
        Assert.Multiple(() =>
        {
            Assert.That(curl.NameWord!.Span, Is.EqualTo(At(8, 2, 8, 6)));
            Assert.That(curl.Pipeline.Span, Is.EqualTo(At(8, 2, 8, 27)));
        });
    }

    [Test]
    public void Single_quoted_sh_c_body_maps_character_for_character()
    {
        var script = ShellScript.Parse(Run("RUN sh -c 'apt-get update && \\\n    curl -k https://x'"));
        var curl = script.AllCommands.Single(c => c.Name == "curl");
        Assert.Multiple(() =>
        {
            Assert.That(curl.Origin, Is.EqualTo(CommandOrigin.InlineScript));
            Assert.That(curl.Words.Values(), Is.EqualTo("curl|-k|https://x"));
            Assert.That(curl.Words[0].Span, Is.EqualTo(At(2, 5, 2, 9)));
            Assert.That(curl.Words[1].Span, Is.EqualTo(At(2, 10, 2, 12)));
            Assert.That(curl.Words[2].Span, Is.EqualTo(At(2, 13, 2, 22)));
            Assert.That(script.AllCommands.Single(c => c.Name == "apt-get").NameWord!.Span, Is.EqualTo(At(1, 12, 1, 19)));
        });
    }

    [Test]
    public void Double_quoted_sh_c_body_accounts_for_escapes()
    {
        // Columns: bash at 5, the body's quote at 13, \"a b\" from 19 to 25, curl at 30, \$URL at 38.
        var script = ShellScript.Parse(Run("RUN bash -c \"echo \\\"a b\\\" && curl -k \\$URL\""));
        var echo = script.AllCommands.Single(c => c.Name == "echo");
        var curl = script.AllCommands.Single(c => c.Name == "curl");
        Assert.Multiple(() =>
        {
            Assert.That(echo.Words[1].Value, Is.EqualTo("a b"));
            Assert.That(echo.Words[1].Span, Is.EqualTo(At(1, 20, 1, 26)));
            Assert.That(curl.Words[0].Span, Is.EqualTo(At(1, 30, 1, 34)));
            Assert.That(curl.Words[1].Span, Is.EqualTo(At(1, 35, 1, 37)));
            Assert.That(curl.Words[2].Value, Is.EqualTo("$URL"));
            Assert.That(curl.Words[2].Expansions.Single().Kind, Is.EqualTo(ShellExpansionKind.Parameter));
            Assert.That(curl.Words[2].Span, Is.EqualTo(At(1, 39, 1, 43)));
        });
    }

    [Test]
    public void Backquoted_command_maps_to_its_source()
    {
        var script = ShellScript.Parse(Run("RUN echo `curl -k x` \\\n  `echo \\`wget y\\``"));
        var curl = script.AllCommands.Single(c => c.Name == "curl");
        var wget = script.AllCommands.Single(c => c.Name == "wget");
        Assert.Multiple(() =>
        {
            Assert.That(curl.Words[1].Span, Is.EqualTo(At(1, 16, 1, 18)));
            Assert.That(wget.NameWord!.Span, Is.EqualTo(At(2, 11, 2, 15)));
            Assert.That(wget.Words[1].Span, Is.EqualTo(At(2, 16, 2, 17)));
            Assert.That(script.Problems, Is.Empty);
        });
    }

    [Test]
    public void Command_substitution_words_map_to_their_source()
    {
        var script = ShellScript.Parse(Run("RUN VERSION=\"$(curl -fsSL \\\n      https://x/v)\" && echo $VERSION"));
        var curl = script.AllCommands.Single(c => c.Name == "curl");
        var assignment = script.AllCommands.Single(c => c.Assignments.Count == 1).Assignments[0];
        Assert.Multiple(() =>
        {
            Assert.That(curl.Words[2].Span, Is.EqualTo(At(2, 7, 2, 18)));
            Assert.That(assignment.Name, Is.EqualTo("VERSION"));
            Assert.That(assignment.NameSpan, Is.EqualTo(At(1, 5, 1, 12)));
            Assert.That(assignment.ValueSpan, Is.EqualTo(At(1, 14, 2, 19)));
            Assert.That(assignment.Value, Is.EqualTo("$(curl -fsSL       https://x/v)"));
        });
    }

    [Test]
    public void Redirection_span_covers_descriptor_operator_and_target()
    {
        var command = ShellSource.Parse("make 2>&1 >>log.txt").Single();
        Assert.Multiple(() =>
        {
            Assert.That(command.Redirections.Select(r => r.Span), Is.EqualTo(new[] { At(1, 6, 1, 10), At(1, 11, 1, 20) }));
            Assert.That(command.Span, Is.EqualTo(At(1, 1, 1, 20)));
        });
    }
}
