using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using DockerSecurity.Analysis.Shell;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Shell;

/// <summary>Bad input is tolerated and reported where it is; nothing throws, nests too deep or takes quadratic time.</summary>
public class RobustnessTests
{
    [TestCase("echo 'abc", "(1,6)-(1,7): unterminated single quote: the closing ' is missing", "echo abc")]
    [TestCase("echo \"abc", "(1,6)-(1,7): unterminated double quote: the closing \" is missing", "echo abc")]
    [TestCase("echo $'abc", "(1,6)-(1,8): unterminated $'...' string: the closing ' is missing", "echo abc")]
    [TestCase("echo $(ls", "(1,6)-(1,8): unterminated command substitution: the closing ) is missing", "ls ; echo $(ls")]
    [TestCase("echo <(ls", "(1,6)-(1,8): unterminated process substitution: the closing ) is missing", "ls ; echo <(ls")]
    [TestCase("echo ${a", "(1,6)-(1,8): unterminated parameter expansion: the closing } is missing", "echo ${a")]
    [TestCase("echo $((1+2)", "(1,6)-(1,8): unterminated command substitution: the closing ) is missing", "1+2 ; echo $((1+2)")]
    [TestCase("echo `ls", "(1,6)-(1,7): unterminated backquote: the closing ` is missing", "ls ; echo `ls")]
    [TestCase("a=(x y", "(1,3)-(1,4): unterminated array: the closing ) is missing", "a=(x y")]
    [TestCase("if a; then b", "(1,1)-(1,3): 'if' is not closed: 'fi' is missing", "a ; b")]
    [TestCase("if a; fi", "(1,1)-(1,3): 'then' is missing after the condition", "a")]
    [TestCase("while a; do b", "(1,1)-(1,6): 'while' is not closed: 'done' is missing", "a ; b")]
    [TestCase("while a; b; done", "(1,1)-(1,6): 'do' is missing", "a ; b")]
    [TestCase("case x in a) b", "(1,1)-(1,5): 'case' is not closed: 'esac' is missing", "b")]
    [TestCase("(a; b", "(1,1)-(1,2): '(' is not closed: ')' is missing", "a ; b")]
    [TestCase("{ a; b", "(1,1)-(1,2): '{' is not closed: '}' is missing", "a ; b")]
    [TestCase("[[ -f x", "(1,1)-(1,3): '[[' is not closed: ']]' is missing", "")]
    [TestCase("a && ", "(1,3)-(1,5): a command must follow '&&'", "a")]
    [TestCase("a | ", "(1,3)-(1,4): a command must follow '|'", "a")]
    [TestCase("| a", "(1,1)-(1,2): unexpected '|'", "a")]
    [TestCase("a ) b", "(1,3)-(1,4): unexpected ')'", "a ; b")]
    [TestCase("fi\na", "(1,1)-(1,3): unexpected 'fi'", "a")]
    [TestCase("a;; b", "(1,2)-(1,4): unexpected ';;'", "a ; b")]
    [TestCase("echo >", "(1,6)-(1,7): a file name must follow '>'", "echo")]
    [TestCase("! ", "(1,1)-(1,2): a command must follow '!'", "")]
    public void Problem_is_recorded_where_it_is_and_the_rest_still_parses(string script, string problem, string commands)
    {
        var parsed = ShellSource.Parse(script);
        Assert.Multiple(() =>
        {
            Assert.That(parsed.Problems.Select(p => p.ToString()), Is.EqualTo(new[] { problem }));
            Assert.That(parsed.Commands(), Is.EqualTo(commands));
        });
    }

    [Test]
    public void Unterminated_quote_in_a_multi_line_run_points_at_the_quote()
    {
        var parsed = ShellScript.Parse(ShellSource.Run("RUN apt-get update && \\\n    echo \"oops && \\\n    ls"));
        Assert.That(parsed.Problems.Select(p => p.ToString()), Is.EqualTo(new[] { "(2,10)-(2,11): unterminated double quote: the closing \" is missing" }));
    }

    [Test]
    public void Hundred_levels_of_command_substitution_record_a_problem()
    {
        var script = string.Concat(Enumerable.Repeat("$(echo ", 100)) + "x" + new string(')', 100);
        var parsed = ShellSource.Parse(script);
        Assert.Multiple(() =>
        {
            Assert.That(parsed.Problems.Select(p => p.ToString()), Is.EqualTo(new[] { "(1,351)-(1,353): nesting deeper than 50 levels: the rest of the script is not analysed" }));
            // The 50 echo commands that fit, and the outer command named by the first substitution.
            Assert.That(parsed.AllCommands, Has.Count.EqualTo(51));
        });
    }

    private static IEnumerable<TestCaseData> DeepInputs()
    {
        const int n = 100_000;
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("$(", n))).SetName("Deep {m}: $(");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("\"$(", n))).SetName("Deep {m}: quoted $(");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("$((", n))).SetName("Deep {m}: $((");
        yield return new TestCaseData(new string('(', n)).SetName("Deep {m}: subshells");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("{ ", n))).SetName("Deep {m}: groups");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("${a:-", n))).SetName("Deep {m}: parameter expansions");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("if a; then ", n))).SetName("Deep {m}: if");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("while a; do ", n))).SetName("Deep {m}: while");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("case a in b) ", n))).SetName("Deep {m}: case");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("<(", n))).SetName("Deep {m}: process substitutions");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("a=(", n))).SetName("Deep {m}: arrays");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("f() ", n))).SetName("Deep {m}: functions");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("eval ", 500)) + "x").SetName("Deep {m}: eval");
        yield return new TestCaseData("echo `" + string.Concat(Enumerable.Repeat("$(", n)) + "`").SetName("Deep {m}: inside backquotes");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("sh -c \"$(", n))).SetName("Deep {m}: inline scripts");
    }

    [TestCaseSource(nameof(DeepInputs))]
    public void Deep_nesting_stops_with_a_problem_on_a_small_stack(string script)
    {
        // 256 KiB is less than any thread MSBuild runs tasks on: the limit, not the stack, must stop the parser.
        ShellScript? parsed = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                parsed = ShellSource.Parse(script);
            }
            catch (Exception exception)
            {
                failure = exception;
            }
        }, 256 * 1024);
        var watch = Stopwatch.StartNew();
        thread.Start();
        thread.Join();
        Assert.Multiple(() =>
        {
            Assert.That(failure, Is.Null);
            Assert.That(parsed!.Problems.Select(p => p.Message), Has.Some.StartsWith("nesting deeper than 50 levels"));
            Assert.That(parsed.Problems.Select(p => p.Message), Has.None.StartsWith("internal error"));
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        });
    }

    [Test]
    public void Nesting_limit_is_configurable()
    {
        var options = new ShellParseOptions { MaxNestingDepth = 3 };
        Assert.Multiple(() =>
        {
            Assert.That(ShellSource.Parse("echo $(a $(b $(c)))", options).Problems, Is.Empty);
            Assert.That(ShellSource.Parse("echo $(a $(b $(c $(d))))", options).Problems.Single().Message, Does.StartWith("nesting deeper than 3 levels"));
        });
    }

    private static IEnumerable<TestCaseData> LongInputs()
    {
        const int n = 10_000;
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("apt-get install -y --no-install-recommends \"foo\" 'bar' $BAZ && ", n)) + "true").SetName("Long {m}: commands");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("echo $((1)) $(( 2 ) ", n))).SetName("Long {m}: arithmetic look-alikes");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("(( 1 ) ", n))).SetName("Long {m}: arithmetic command look-alikes");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("cat <<EOF ", n)) + "\n" + string.Concat(Enumerable.Repeat("x\n", n))).SetName("Long {m}: unclosed here-documents");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("cat <<EOF\nbody\nEOF\n", n))).SetName("Long {m}: here-documents");
        yield return new TestCaseData(new string('"', 2 * n + 1)).SetName("Long {m}: quotes");
        yield return new TestCaseData(new string('`', 2 * n + 1)).SetName("Long {m}: backquotes");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("a=(x)(", n))).SetName("Long {m}: array look-alikes");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("sh -c 'a | b' && ", n)) + "c").SetName("Long {m}: inline scripts");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat(")", n))).SetName("Long {m}: stray parentheses");
        yield return new TestCaseData(new string('a', 20 * n)).SetName("Long {m}: one word");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("sudo env A=1 nice ", n)) + "x").SetName("Long {m}: wrappers");
    }

    [TestCaseSource(nameof(LongInputs))]
    public void Long_input_parses_in_linear_time(string script)
    {
        // Half a megabyte: a quadratic parser needs minutes, a linear one well under the bound.
        var watch = Stopwatch.StartNew();
        var parsed = ShellSource.Parse(script);
        Assert.Multiple(() =>
        {
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), $"{script.Length:N0} characters");
            Assert.That(parsed.Problems.Select(p => p.Message), Has.None.StartsWith("internal error"));
        });
    }

    [Test]
    public void Random_text_never_throws_and_spans_stay_in_the_source()
    {
        const string alphabet = "abc xyz=-\t\n'\"\\$(){}[]`;|&<>#!*~0123456789\r";
        string[] fragments = { "if ", "then ", "fi", "for ", " in ", "do ", "done", "case ", "esac", ";;", "<<EOF", "\nEOF\n", "<<-'X'", "$((", "))", "${", "sh -c ", "eval ", "sudo ", "[[ ", " ]]", "function ", "()", "2>&1", "<(", "$'" };
        var random = new Random(20240601);
        for (var run = 0; run < 3_000; run++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 120);
            while (text.Length < length)
            {
                if (random.Next(4) == 0)
                {
                    text.Append(fragments[random.Next(fragments.Length)]);
                }
                else
                {
                    text.Append(alphabet[random.Next(alphabet.Length)]);
                }
            }

            var source = ShellSource.Lines(text.ToString(), firstLine: 3);
            var parsed = ShellScript.Parse(source);
            var last = source.PositionAt(source.Length);
            foreach (var problem in parsed.Problems)
            {
                Assert.That(problem.Message, Does.Not.StartWith("internal error"), text.ToString());
                AssertInside(problem.Span, last, text);
            }

            foreach (var command in parsed.AllCommands)
            {
                Assert.That(command.Pipeline, Is.Not.Null, text.ToString());
                foreach (var ancestor in command.Ancestors())
                {
                    // Every holder is a real command: parsed into a pipeline, not a discarded draft.
                    Assert.That(ancestor.Pipeline, Is.Not.Null, text.ToString());
                }

                AssertInside(command.Span, last, text);
                foreach (var word in command.Words.Concat(command.Assignments.Select(a => a.Word)))
                {
                    AssertInside(word.Span, last, text);
                    Assert.That(word.Value.Length == 0 || word.ValueSpan(0, word.Value.Length).Start.CompareTo(word.Span.Start) >= 0, Is.True, text.ToString());
                }

                _ = command.Unwrapped.ParseArguments("-o").Positionals;
            }
        }
    }

    private static void AssertInside(SourceSpan span, SourcePosition last, StringBuilder text)
    {
        Assert.That(span.Start.CompareTo(span.End), Is.LessThanOrEqualTo(0), text.ToString());
        Assert.That(span.Start.Line, Is.GreaterThanOrEqualTo(3), text.ToString());
        Assert.That(span.End.CompareTo(last), Is.LessThanOrEqualTo(0), text.ToString());
    }
}
