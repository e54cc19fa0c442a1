using System.Linq;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Tests.Shell;

public class WordTests
{
    [TestCase("apt-get install -y curl", "apt-get|install|-y|curl")]
    [TestCase("  a \t b  ", "a|b")]
    [TestCase("echo 'a b' \"c d\"", "echo|a b|c d")]
    [TestCase("echo 'it'\\''s'", "echo|it's")]
    [TestCase("echo a'b'\"c\"d", "echo|abcd")]
    [TestCase("echo '$HOME \"x\" \\n'", "echo|$HOME \"x\" \\n")]
    [TestCase("echo \"a\\\"b\" \"c\\\\d\" \"e\\$f\" \"g\\`h\"", "echo|a\"b|c\\d|e$f|g`h")]
    [TestCase("echo \"a\\nb\" \"\\x\"", "echo|a\\nb|\\x")]
    [TestCase("echo a\\ b \\$x \\\\ \\'", "echo|a b|$x|\\|'")]
    [TestCase("echo \"\" ''", "echo||")]
    [TestCase("echo $HOME ${HOME} \"$HOME/x\"", "echo|$HOME|${HOME}|$HOME/x")]
    [TestCase("echo ${A:-\"b c\"} $1 $@ $? $$ $# $!", "echo|${A:-\"b c\"}|$1|$@|$?|$$|$#|$!")]
    [TestCase("echo $(date +%s) `date` $((1 + 2))", "echo|$(date +%s)|`date`|$((1 + 2))")]
    [TestCase("echo \"$(echo \"a b\")\"", "echo|$(echo \"a b\")")]
    [TestCase("echo $'a\\tb\\'c'", "echo|a\tb'c")]
    [TestCase("echo $\"hi there\"", "echo|hi there")]
    [TestCase("echo a$ $ b$", "echo|a$|$|b$")]
    [TestCase("echo a#b # a comment", "echo|a#b")]
    [TestCase("echo a;#b", "echo|a")]
    [TestCase("echo {a,b} *.txt ~/x", "echo|{a,b}|*.txt|~/x")]
    [TestCase("arr=(a \"b c\") x=1 cmd", "arr=(a \"b c\")|x=1|cmd")]
    [TestCase("echo <(ls) >(cat)", "echo|<(ls)|>(cat)")]
    public void Word_values_after_quote_removal(string script, string expected)
    {
        var parsed = ShellSource.Parse(script);
        var outer = parsed.AllCommands.Last();
        var words = outer.Assignments.Select(a => a.Word).Concat(outer.Words);
        Assert.Multiple(() =>
        {
            Assert.That(words.Values(), Is.EqualTo(expected));
            Assert.That(parsed.Problems, Is.Empty);
        });
    }

    [TestCase("echo a", 1, false, false)]
    [TestCase("echo 'a'", 1, true, false)]
    [TestCase("echo a\\ b", 1, true, false)]
    [TestCase("echo $a", 1, false, true)]
    [TestCase("echo \"$a\"", 1, true, true)]
    [TestCase("echo '$a'", 1, true, false)]
    [TestCase("echo \\$a", 1, true, false)]
    [TestCase("echo `a`", 1, false, true)]
    [TestCase("echo <(a)", 1, false, true)]
    [TestCase("echo $((1))", 1, false, true)]
    [TestCase("echo $'\\n'", 1, true, false)]
    public void Quoting_and_expansion_flags(string script, int index, bool quoted, bool expansion)
    {
        var word = ShellSource.Parse(script).AllCommands.Last().Words[index];
        Assert.Multiple(() =>
        {
            Assert.That(word.IsQuoted, Is.EqualTo(quoted));
            Assert.That(word.HasExpansion, Is.EqualTo(expansion));
            Assert.That(word.IsLiteral, Is.EqualTo(!expansion));
        });
    }

    [Test]
    public void Variable_package_list_stays_one_word_flagged_as_expansion()
    {
        var command = ShellSource.Parse("apt-get install -y $PKGS").Single();
        var packages = command.Words[3];
        Assert.Multiple(() =>
        {
            Assert.That(packages.Value, Is.EqualTo("$PKGS"));
            Assert.That(packages.HasExpansion, Is.True);
            Assert.That(packages.Expansions.Single().Kind, Is.EqualTo(ShellExpansionKind.Parameter));
            Assert.That(packages.Expansions.Single().Text, Is.EqualTo("$PKGS"));
        });
    }

    [Test]
    public void Expansions_are_listed_outermost_only_with_their_place_in_the_value()
    {
        var word = ShellSource.Parse("echo \"v=${A:-$(b)}-$C\"x$(d)").AllCommands.Last().Words[1];
        Assert.Multiple(() =>
        {
            Assert.That(word.Value, Is.EqualTo("v=${A:-$(b)}-$Cx$(d)"));
            Assert.That(word.Expansions.Select(e => (e.Kind, e.Text, e.ValueStart)), Is.EqualTo(new[]
            {
                (ShellExpansionKind.Parameter, "${A:-$(b)}", 2),
                (ShellExpansionKind.Parameter, "$C", 13),
                (ShellExpansionKind.CommandSubstitution, "$(d)", 16),
            }));
            Assert.That(word.IsExpansionAt(0), Is.False);
            Assert.That(word.IsExpansionAt(2), Is.True);
            Assert.That(word.IsExpansionAt(12), Is.False);
        });
    }

    [Test]
    public void Prefix_assignments_are_not_words()
    {
        var command = ShellSource.Parse("DEBIAN_FRONTEND=noninteractive A+=1 apt-get install x=1").Single();
        Assert.Multiple(() =>
        {
            Assert.That(command.Assignments.Select(a => (a.Name, a.Value, a.IsAppend)), Is.EqualTo(new[]
            {
                ("DEBIAN_FRONTEND", "noninteractive", false),
                ("A", "1", true),
            }));
            Assert.That(command.Words.Values(), Is.EqualTo("apt-get|install|x=1"));
            Assert.That(command.Name, Is.EqualTo("apt-get"));
        });
    }

    [TestCase("'A'=1 cmd", "A=1|cmd")]
    [TestCase("1A=1 cmd", "1A=1|cmd")]
    [TestCase("=1 cmd", "=1|cmd")]
    public void Words_that_only_look_like_assignments_are_command_words(string script, string words)
    {
        var command = ShellSource.Parse(script).Single();
        Assert.Multiple(() =>
        {
            Assert.That(command.Assignments, Is.Empty);
            Assert.That(command.Words.Values(), Is.EqualTo(words));
        });
    }

    [Test]
    public void Assignment_only_command_has_no_name()
    {
        var command = ShellSource.Parse("A=1 B=\"x y\"").Single();
        Assert.Multiple(() =>
        {
            Assert.That(command.Words, Is.Empty);
            Assert.That(command.Name, Is.Null);
            Assert.That(command.NameWord, Is.Null);
            Assert.That(command.Assignments.Select(a => a.Value), Is.EqualTo(new[] { "1", "x y" }));
        });
    }

    [TestCase("/usr/bin/apt-get update", "apt-get")]
    [TestCase("\\curl x", "curl")]
    [TestCase("\"/bin/sh\" -c x", "sh")]
    [TestCase("./configure", "configure")]
    [TestCase("/", "/")]
    public void Name_is_the_base_name_of_argv0(string script, string name) =>
        Assert.That(ShellSource.Parse(script).AllCommands[0].Name, Is.EqualTo(name));

    [Test]
    public void Echoed_text_is_not_a_command()
    {
        var script = ShellSource.Parse("echo \"curl -k https://x\" && printf '%s' 'wget --no-check-certificate'");
        Assert.That(script.AllCommands.Select(c => c.Name), Is.EqualTo(new[] { "echo", "printf" }));
    }

    [Test]
    public void Reserved_words_are_plain_words_in_argument_position()
    {
        var script = ShellSource.Parse("echo if then fi done { } esac");
        Assert.Multiple(() =>
        {
            Assert.That(script.Single().Words.Values(), Is.EqualTo("echo|if|then|fi|done|{|}|esac"));
            Assert.That(script.Problems, Is.Empty);
        });
    }

    [Test]
    public void Quoted_keyword_is_a_command_name()
    {
        var script = ShellSource.Parse("'if' x");
        Assert.That(script.Single().Name, Is.EqualTo("if"));
    }
}
