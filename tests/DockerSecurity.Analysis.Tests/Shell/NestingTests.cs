using System.Linq;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Tests.Shell;

/// <summary>Commands inside substitutions, subshells, groups, control structures and inline scripts are found.</summary>
public class NestingTests
{
    [TestCase("if [ -f x ]; then apt-get install -y foo; fi", "[ -f x ] ; apt-get install -y foo")]
    [TestCase("if a; then b; elif c; then d; else e; fi", "a ; b ; c ; d ; e")]
    [TestCase("if a\nthen\n  b\nfi", "a ; b")]
    [TestCase("for p in a b; do pip install $p; done", "pip install $p")]
    [TestCase("for p in $(ls); do rm $p; done", "ls ; rm $p")]
    [TestCase("for p\ndo echo $p\ndone", "echo $p")]
    [TestCase("for ((i=0; i<3; i++)); do echo $i; done", "echo $i")]
    [TestCase("while read l; do echo $l; done < f", "read l ; echo $l")]
    [TestCase("until curl -f x; do sleep 1; done", "curl -f x ; sleep 1")]
    [TestCase("select x in a b; do break; done", "break")]
    [TestCase("case \"$(uname -m)\" in x86_64|amd64) arch=amd64 ;; (aarch64) arch=arm64;; *) exit 1;; esac", "uname -m ; arch=amd64 ; arch=arm64 ; exit 1")]
    [TestCase("case x in\n  a)\n    one\n    ;;\n  b) two\nesac", "one ; two")]
    [TestCase("( cd /x && make )", "cd /x ; make")]
    [TestCase("(a;b)|c", "a ; b ; c")]
    [TestCase("{ a; b; } > log", "a ; b")]
    [TestCase("{ a\n}", "a")]
    [TestCase("f() { apt-get update; }; f", "apt-get update ; f")]
    [TestCase("function g { a; }", "a")]
    [TestCase("function h() ( b )", "b")]
    [TestCase("[[ -f x && $(id -u) -eq 0 ]] && rm x", "id -u ; rm x")]
    [TestCase("(( $(nproc) > 2 )) && make", "nproc ; make")]
    [TestCase("echo $(( $(nproc) * 2 ))", "nproc ; echo $(( $(nproc) * 2 ))")]
    [TestCase("x=$(curl -k https://x)", "curl -k https://x ; x=$(curl -k https://x)")]
    [TestCase("echo \"${A:-$(b)}\"", "b ; echo ${A:-$(b)}")]
    [TestCase("echo $( (a; b) | c )", "a ; b ; c ; echo $( (a; b) | c )")]
    [TestCase("echo $(case x in a) one;; esac)", "one ; echo $(case x in a) one;; esac)")]
    [TestCase("echo $(echo $(echo $(inner)))", "inner ; echo $(inner) ; echo $(echo $(inner)) ; echo $(echo $(echo $(inner)))")]
    [TestCase("bash <(curl -fsSL https://x)", "curl -fsSL https://x ; bash <(curl -fsSL https://x)")]
    [TestCase("tee >(sha256sum) < f", "sha256sum ; tee >(sha256sum)")]
    [TestCase("cat < <(ls)", "ls ; cat")]
    [TestCase("echo `echo \\`inner\\``", "inner ; echo `inner` ; echo `echo \\`inner\\``")]
    [TestCase("echo \"`date`\"", "date ; echo `date`")]
    [TestCase("! if a; then b; fi", "a ; b")]
    public void Nested_commands_are_found_in_execution_order(string script, string expected)
    {
        var parsed = ShellSource.Parse(script);
        Assert.Multiple(() =>
        {
            Assert.That(parsed.Commands(), Is.EqualTo(expected));
            Assert.That(parsed.Problems, Is.Empty);
        });
    }

    [Test]
    public void Curl_in_a_substitution_is_a_command_and_knows_where_it_is()
    {
        var script = ShellSource.Parse("echo \"curl -k\" $(curl -k https://x)");
        var curl = script.AllCommands.Single(c => c.Name == "curl");
        var echo = script.AllCommands.Single(c => c.Name == "echo");
        Assert.Multiple(() =>
        {
            Assert.That(curl.Origin, Is.EqualTo(CommandOrigin.CommandSubstitution));
            Assert.That(curl.Parent, Is.SameAs(echo));
            Assert.That(echo.Origin, Is.EqualTo(CommandOrigin.Script));
            Assert.That(echo.Parent, Is.Null);
            Assert.That(echo.Words[2].Expansions.Single().Body.Single().Commands.Single(), Is.SameAs(curl));
        });
    }

    [Test]
    public void Process_substitution_feeding_a_shell_is_visible_through_the_parent()
    {
        var script = ShellSource.Parse("bash <(curl -fsSL https://x)");
        var curl = script.AllCommands.Single(c => c.Name == "curl");
        Assert.Multiple(() =>
        {
            Assert.That(curl.Origin, Is.EqualTo(CommandOrigin.ProcessSubstitution));
            Assert.That(((SimpleCommand)curl.Parent!).Name, Is.EqualTo("bash"));
            Assert.That(curl.Span, Is.EqualTo(ShellSource.At(1, 8, 1, 28)));
        });
    }

    [Test]
    public void Compound_commands_hold_their_body_and_words()
    {
        var script = ShellSource.Parse("for p in a \"b c\"; do echo $p; done");
        var loop = (CompoundCommand)script.Pipelines.Single().Commands.Single();
        var echo = script.AllCommands.Single();
        Assert.Multiple(() =>
        {
            Assert.That(loop.Kind, Is.EqualTo(CompoundCommandKind.For));
            Assert.That(loop.Words.Values(), Is.EqualTo("p|a|b c"));
            Assert.That(loop.Body.Single().Commands.Single(), Is.SameAs(echo));
            Assert.That(echo.Origin, Is.EqualTo(CommandOrigin.Compound));
            Assert.That(echo.Parent, Is.SameAs(loop));
            Assert.That(loop.Span, Is.EqualTo(ShellSource.At(1, 1, 1, 35)));
        });
    }

    [Test]
    public void Subshell_redirection_belongs_to_the_subshell()
    {
        var script = ShellSource.Parse("(a; b) 2>/dev/null | c");
        var subshell = (CompoundCommand)script.Pipelines.Single().Commands[0];
        Assert.Multiple(() =>
        {
            Assert.That(subshell.Kind, Is.EqualTo(CompoundCommandKind.Subshell));
            Assert.That(subshell.Redirections.Single().Target!.Value, Is.EqualTo("/dev/null"));
            Assert.That(subshell.Connector, Is.EqualTo(ShellOperator.Pipe));
            Assert.That(subshell.Span, Is.EqualTo(ShellSource.At(1, 1, 1, 19)));
        });
    }

    [Test]
    public void Ancestors_walk_out_through_every_level()
    {
        var script = ShellSource.Parse("if a; then sh -c 'x=$(curl -k y)'; fi");
        var curl = script.AllCommands.Single(c => c.Name == "curl");
        Assert.That(curl.Ancestors().Select(a => a is SimpleCommand s ? s.Name ?? "(assignment)" : ((CompoundCommand)a).Kind.ToString()),
            Is.EqualTo(new[] { "(assignment)", "sh", "If" }));
    }

    [TestCase("case $(uname) in\n $(echo Linux)) a;;\nesac", "uname ; echo Linux ; a")]
    [TestCase("for x in $(seq 3); do b; done", "seq 3 ; b")]
    [TestCase("f()\n{\n $(g) x; }", "g ; $(g) x")]
    public void Commands_in_the_words_of_a_compound_belong_to_it(string script, string expected)
    {
        var parsed = ShellSource.Parse(script);
        var compound = parsed.Pipelines.Single().Commands.Single();
        Assert.Multiple(() =>
        {
            Assert.That(parsed.Commands(), Is.EqualTo(expected));
            Assert.That(parsed.Problems, Is.Empty);
            Assert.That(parsed.AllCommands.Select(c => c.Ancestors().Last()), Has.All.SameAs(compound));
            Assert.That(parsed.AllCommands.Where(c => c.Origin == CommandOrigin.CommandSubstitution).Select(c => c.Parent),
                Has.All.Matches<ShellCommand>(p => p == compound || parsed.AllCommands.Contains(p)));
            Assert.That(parsed.AllCommands.Select(c => c.Pipeline), Has.None.Null);
        });
    }

    [TestCase("sh -c 'apt-get update'", "sh -c apt-get update ; apt-get update")]
    [TestCase("/bin/sh -ec 'a && b'", "/bin/sh -ec a && b ; a ; b")]
    [TestCase("bash -o pipefail -c \"a | b\"", "bash -o pipefail -c a | b ; a ; b")]
    [TestCase("bash --login -c a", "bash --login -c a ; a")]
    [TestCase("sh -c -- 'a' arg0 arg1", "sh -c -- a arg0 arg1 ; a")]
    [TestCase("sudo -u app sh -c 'a'", "sudo -u app sh -c a ; a")]
    [TestCase("xargs -n1 sh -c 'a \"$0\"'", "xargs -n1 sh -c a \"$0\" ; a $0")]
    [TestCase("su postgres -c 'psql -c x'", "su postgres -c psql -c x ; psql -c x")]
    [TestCase("su -c \"a\" app", "su -c a app ; a")]
    [TestCase("su --command='a' app", "su --command=a app ; a")]
    [TestCase("eval \"a $X\" b", "eval a $X b ; a $X b")]
    [TestCase("sh -c \"sh -c 'inner'\"", "sh -c sh -c 'inner' ; sh -c inner ; inner")]
    [TestCase("sh script.sh", "sh script.sh")]
    [TestCase("sh -e", "sh -e")]
    [TestCase("sh -c", "sh -c")]
    public void Inline_scripts_are_parsed_after_the_command_that_starts_them(string script, string expected)
    {
        var parsed = ShellSource.Parse(script);
        Assert.Multiple(() =>
        {
            Assert.That(parsed.Commands(), Is.EqualTo(expected));
            Assert.That(parsed.Problems, Is.Empty);
        });
    }

    [Test]
    public void Outer_expansion_in_a_double_quoted_body_is_opaque_to_the_inner_shell()
    {
        // The outer shell runs $(curl ...) once; the inner shell only sees its output.
        var script = ShellSource.Parse("sh -c \"apt-get install $PKGS $(curl -k x)\"");
        var install = script.AllCommands.Single(c => c.Name == "apt-get");
        Assert.Multiple(() =>
        {
            Assert.That(script.AllCommands.Count(c => c.Name == "curl"), Is.EqualTo(1));
            Assert.That(script.AllCommands.Single(c => c.Name == "curl").Origin, Is.EqualTo(CommandOrigin.CommandSubstitution));
            Assert.That(install.Words.Values(), Is.EqualTo("apt-get|install|$PKGS|$(curl -k x)"));
            Assert.That(install.Words[2].Expansions.Single().Kind, Is.EqualTo(ShellExpansionKind.Outer));
            Assert.That(install.Words[2].Span, Is.EqualTo(ShellSource.At(1, 24, 1, 29)));
        });
    }

    [Test]
    public void Escaped_expansion_in_a_double_quoted_body_belongs_to_the_inner_shell()
    {
        var script = ShellSource.Parse("sh -c \"echo \\$(curl -k x)\"");
        var curl = script.AllCommands.Single(c => c.Name == "curl");
        Assert.Multiple(() =>
        {
            Assert.That(curl.Origin, Is.EqualTo(CommandOrigin.CommandSubstitution));
            Assert.That(curl.Ancestors().OfType<SimpleCommand>().Select(c => c.Name), Is.EqualTo(new[] { "echo", "sh" }));
            Assert.That(curl.Words[1].Span, Is.EqualTo(ShellSource.At(1, 21, 1, 23)));
        });
    }

    [Test]
    public void Inline_script_pipelines_are_on_the_command()
    {
        var script = ShellSource.Parse("sudo bash -c 'a | b'");
        var sudo = script.AllCommands[0];
        Assert.Multiple(() =>
        {
            Assert.That(sudo.Name, Is.EqualTo("sudo"));
            Assert.That(sudo.InlineScript!.Single().HasPipe, Is.True);
            Assert.That(script.AllPipelines.Count(p => p.HasPipe), Is.EqualTo(1));
        });
    }
}
