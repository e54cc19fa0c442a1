using System.Linq;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Tests.Shell;

public class OperatorTests
{
    [TestCase("a && b || c; d & e", "a:And b:Or c:Semicolon d:Background e:None")]
    [TestCase("a&&b||c;d&e", "a:And b:Or c:Semicolon d:Background e:None")]
    [TestCase("a\nb\n\nc", "a:Newline b:Newline c:None")]
    [TestCase("a | b |& c && d", "a:Pipe b:PipeAll c:And d:None")]
    [TestCase("a &&\n  b ||\n\n c |\n d", "a:And b:Or c:Pipe d:None")]
    [TestCase("a;", "a:Semicolon")]
    public void Commands_know_the_operator_that_follows_them(string script, string expected)
    {
        var parsed = ShellSource.Parse(script);
        Assert.Multiple(() =>
        {
            Assert.That(string.Join(" ", parsed.AllCommands.Select(c => $"{c.Name}:{c.Connector}")), Is.EqualTo(expected));
            Assert.That(parsed.Problems, Is.Empty);
        });
    }

    [Test]
    public void Commands_joined_by_pipes_form_one_pipeline()
    {
        var script = ShellSource.Parse("curl -fsSL https://x | tar -xz -C /opt && ! grep -q a b | wc -l; ls");
        Assert.Multiple(() =>
        {
            Assert.That(script.Pipelines.Select(p => string.Join(",", p.Commands.Cast<SimpleCommand>().Select(c => c.Name))), Is.EqualTo(new[] { "curl,tar", "grep,wc", "ls" }));
            Assert.That(script.Pipelines.Select(p => p.Terminator), Is.EqualTo(new[] { ShellOperator.And, ShellOperator.Semicolon, ShellOperator.None }));
            Assert.That(script.Pipelines.Select(p => p.HasPipe), Is.EqualTo(new[] { true, true, false }));
            Assert.That(script.Pipelines.Select(p => p.IsNegated), Is.EqualTo(new[] { false, true, false }));
            Assert.That(script.AllCommands[0].Pipeline, Is.SameAs(script.Pipelines[0]));
            Assert.That(script.AllCommands[1].Pipeline, Is.SameAs(script.Pipelines[0]));
        });
    }

    [Test]
    public void Pipe_operators_keep_their_spans()
    {
        var script = ShellScript.Parse(ShellSource.Run("RUN curl -fsSL https://x |& \\\n    tar -xz || \\\n    echo failed | tee log"));
        Assert.That(script.AllCommands.Select(c => c.PipeSpan), Is.EqualTo(new DockerSecurity.Analysis.Text.SourceSpan?[]
        {
            ShellSource.At(1, 26, 1, 28), null, ShellSource.At(3, 17, 3, 18), null,
        }));
    }

    [TestCase("cmd > out", ShellRedirectionKind.Output, ">", null, "out")]
    [TestCase("cmd >> out", ShellRedirectionKind.Append, ">>", null, "out")]
    [TestCase("cmd < in", ShellRedirectionKind.Input, "<", null, "in")]
    [TestCase("cmd 2>&1", ShellRedirectionKind.DuplicateOutput, ">&", 2, "1")]
    [TestCase("cmd 2> /dev/null", ShellRedirectionKind.Output, ">", 2, "/dev/null")]
    [TestCase("cmd &> log", ShellRedirectionKind.OutputAndError, "&>", null, "log")]
    [TestCase("cmd &>> log", ShellRedirectionKind.AppendOutputAndError, "&>>", null, "log")]
    [TestCase("cmd >| f", ShellRedirectionKind.Clobber, ">|", null, "f")]
    [TestCase("cmd <> f", ShellRedirectionKind.ReadWrite, "<>", null, "f")]
    [TestCase("cmd 0<&3", ShellRedirectionKind.DuplicateInput, "<&", 0, "3")]
    [TestCase("cmd <<< \"$x y\"", ShellRedirectionKind.HereString, "<<<", null, "$x y")]
    [TestCase("cmd 10>x", ShellRedirectionKind.Output, ">", 10, "x")]
    public void Redirections(string script, ShellRedirectionKind kind, string op, int? descriptor, string target)
    {
        var command = ShellSource.Parse(script).Single();
        var redirection = command.Redirections.Single();
        Assert.Multiple(() =>
        {
            Assert.That(command.Words.Values(), Is.EqualTo("cmd"));
            Assert.That(redirection.Kind, Is.EqualTo(kind));
            Assert.That(redirection.Operator, Is.EqualTo(op));
            Assert.That(redirection.FileDescriptor, Is.EqualTo(descriptor));
            Assert.That(redirection.Target!.Value, Is.EqualTo(target));
        });
    }

    [TestCase("echo 2 > x", "echo|2")]
    [TestCase("echo a2>x", "echo|a2")]
    [TestCase("> x echo a", "echo|a")]
    [TestCase("echo a>x b", "echo|a|b")]
    public void Redirections_anywhere_and_digits_that_are_words(string script, string words)
    {
        var command = ShellSource.Parse(script).Single();
        Assert.Multiple(() =>
        {
            Assert.That(command.Words.Values(), Is.EqualTo(words));
            Assert.That(command.Redirections.Single().FileDescriptor, Is.Null);
        });
    }

    [Test]
    public void Comment_runs_to_the_end_of_the_line_only()
    {
        var script = ShellSource.Parse("a # b && c\nd");
        Assert.That(script.Commands(), Is.EqualTo("a ; d"));
    }

    [Test]
    public void Case_terminators_are_case_operators()
    {
        var script = ShellSource.Parse("case $x in a) one;; b) two;& c) three;;& *) four; esac");
        Assert.Multiple(() =>
        {
            Assert.That(string.Join(" ", script.AllCommands.Select(c => $"{c.Name}:{c.Connector}")),
                Is.EqualTo("one:CaseBreak two:CaseFallThrough three:CaseContinue four:Semicolon"));
            Assert.That(script.Problems, Is.Empty);
        });
    }
}
