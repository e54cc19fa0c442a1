using System.Linq;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Tests.Shell;

/// <summary>Wrappers are looked through, and stay visible.</summary>
public class InvocationTests
{
    [TestCase("apt-get install x", "apt-get", "", "apt-get|install|x")]
    [TestCase("sudo apt-get install x", "apt-get", "sudo", "apt-get|install|x")]
    [TestCase("sudo -E -u root apt-get install x", "apt-get", "sudo", "apt-get|install|x")]
    [TestCase("sudo -uroot -- apt-get x", "apt-get", "sudo", "apt-get|x")]
    [TestCase("sudo --user=root DEBIAN_FRONTEND=x apt-get x", "apt-get", "sudo", "apt-get|x")]
    [TestCase("sudo --user root apt-get x", "apt-get", "sudo", "apt-get|x")]
    [TestCase("env -i A=1 B=2 /usr/bin/pip install x", "pip", "env", "/usr/bin/pip|install|x")]
    [TestCase("env - -u HOME --chdir=/x curl y", "curl", "env", "curl|y")]
    [TestCase("nice -n 10 make", "make", "nice", "make")]
    [TestCase("nice -10 make", "make", "nice", "make")]
    [TestCase("nohup server &", "server", "nohup", "server")]
    [TestCase("time -p make", "make", "time", "make")]
    [TestCase("exec -a name gosu app server", "server", "exec,gosu", "server")]
    [TestCase("command curl x", "curl", "command", "curl|x")]
    [TestCase("xargs -0 -n 1 -I {} curl -k {}", "curl", "xargs", "curl|-k|{}")]
    [TestCase("xargs --max-args 1 rm", "rm", "xargs", "rm")]
    [TestCase("timeout -s KILL 30s curl x", "curl", "timeout", "curl|x")]
    [TestCase("sudo env A=1 nice -n5 nohup wget x", "wget", "sudo,env,nice,nohup", "wget|x")]
    [TestCase("busybox wget x", "wget", "busybox", "wget|x")]
    [TestCase("su-exec app:app server", "server", "su-exec", "server")]
    [TestCase("doas -u app make", "make", "doas", "make")]
    public void Wrappers_are_looked_through(string script, string name, string wrappers, string words)
    {
        var command = ShellSource.Parse(script).Single();
        var invocation = command.Unwrapped;
        Assert.Multiple(() =>
        {
            Assert.That(invocation.Name, Is.EqualTo(name));
            Assert.That(string.Join(",", invocation.Wrappers.Select(w => w.Value)), Is.EqualTo(wrappers));
            Assert.That(invocation.Words.Values(), Is.EqualTo(words));
            Assert.That(invocation.IsWrapped, Is.EqualTo(wrappers.Length > 0));
            Assert.That(invocation.Command, Is.SameAs(command));
        });
    }

    [TestCase("sudo")]
    [TestCase("sudo -i")]
    [TestCase("sudo -l apt-get")]
    [TestCase("sudo -u")]
    [TestCase("command -v curl")]
    [TestCase("command -V curl")]
    [TestCase("env")]
    [TestCase("env -i A=1")]
    [TestCase("xargs")]
    [TestCase("exec >/dev/null 2>&1")]
    [TestCase("timeout 5")]
    [TestCase("$SUDO apt-get x")]
    public void Wrapper_that_runs_nothing_is_the_command(string script)
    {
        var command = ShellSource.Parse(script).Single();
        Assert.Multiple(() =>
        {
            Assert.That(command.Unwrapped.Name, Is.EqualTo(command.Name));
            Assert.That(command.Unwrapped.Wrappers, Is.Empty);
        });
    }

    [Test]
    public void Sudo_stays_visible_for_the_rule_that_reports_it()
    {
        var command = ShellSource.Parse("sudo -u app apt-get install x").Single();
        Assert.Multiple(() =>
        {
            Assert.That(command.Name, Is.EqualTo("sudo"));
            Assert.That(command.Unwrapped.IsWrappedBy("sudo", "doas"), Is.True);
            Assert.That(command.Unwrapped.IsWrappedBy("env"), Is.False);
            Assert.That(command.Unwrapped.Wrappers[0].Span, Is.EqualTo(ShellSource.At(1, 1, 1, 5)));
            Assert.That(command.Unwrapped.NameWord!.Span, Is.EqualTo(ShellSource.At(1, 13, 1, 20)));
            Assert.That(command.Unwrapped.Is("apt-get"), Is.True);
        });
    }

    [Test]
    public void Environment_collects_prefix_and_env_assignments()
    {
        var command = ShellSource.Parse("A=1 env B=2 sudo C=3 make D=4").Single();
        Assert.That(command.Unwrapped.Environment.Select(a => a.Name), Is.EqualTo(new[] { "A", "B", "C" }));
    }

    [Test]
    public void Arguments_understand_combined_flags_values_and_end_of_options()
    {
        var arguments = ShellSource.Parse("apt-get -qy -o Dpkg::Options::=--force-confnew --no-install-recommends install curl=7.1 -- -weird").Single()
            .Unwrapped.ParseArguments("-o", "-c", "-t");
        Assert.Multiple(() =>
        {
            Assert.That(arguments.HasOption("-y", "--yes", "--assume-yes"), Is.True);
            Assert.That(arguments.HasOption("-q"), Is.True);
            Assert.That(arguments.HasOption("--no-install-recommends"), Is.True);
            Assert.That(arguments.HasOption("-f"), Is.False);
            Assert.That(arguments.ValueOf("-o"), Is.EqualTo("Dpkg::Options::=--force-confnew"));
            Assert.That(arguments.Subcommand!.Value, Is.EqualTo("install"));
            Assert.That(arguments.PositionalsFrom(1).Values(), Is.EqualTo("curl=7.1|-weird"));
            Assert.That(arguments.PositionalsFrom(3), Is.Empty);
            Assert.That(arguments.Options.Select(o => o.Name), Is.EqualTo(new[] { "-q", "-y", "-o", "--no-install-recommends" }));
        });
    }

    [Test]
    public void Option_spans_point_at_their_words()
    {
        var arguments = ShellSource.Parse("curl -sSLk -o out --header=x https://x").Single().Unwrapped.ParseArguments("-o");
        var insecure = arguments.FindOption("-k", "--insecure")!;
        var output = arguments.FindOption("-o")!;
        var header = arguments.FindOption("--header")!;
        Assert.Multiple(() =>
        {
            Assert.That(insecure.Word.Value, Is.EqualTo("-sSLk"));
            Assert.That(insecure.Span, Is.EqualTo(ShellSource.At(1, 6, 1, 11)));
            Assert.That(output.Value, Is.EqualTo("out"));
            Assert.That(output.ValueWord!.Value, Is.EqualTo("out"));
            Assert.That(output.Span, Is.EqualTo(ShellSource.At(1, 12, 1, 18)));
            Assert.That(header.Value, Is.EqualTo("x"));
            Assert.That(header.ValueWord, Is.SameAs(header.Word));
            Assert.That(arguments.Positionals.Values(), Is.EqualTo("https://x"));
        });
    }

    [TestCase("-ovalue", "-o", "value")]
    [TestCase("-qovalue", "-o", "value")]
    [TestCase("-qo value", "-o", "value")]
    [TestCase("--opt=a=b", "--opt", "a=b")]
    [TestCase("--opt value", "--opt", "value")]
    [TestCase("--flag value", "--flag", null)]
    [TestCase("-name x", "-name", "x")]
    public void Option_values(string args, string name, string? value)
    {
        var arguments = ShellSource.Parse("cmd " + args).Single().Unwrapped.ParseArguments("-o", "--opt", "-name");
        Assert.That(arguments.FindOption(name)?.Value, Is.EqualTo(value));
        Assert.That(arguments.HasOption(name), Is.True);
    }

    [Test]
    public void Options_can_end_at_the_first_positional()
    {
        var command = ShellSource.Parse("sh -e script.sh -x").Single();
        var arguments = CommandArguments.Parse(command.Arguments, optionsEndAtFirstPositional: true);
        Assert.Multiple(() =>
        {
            Assert.That(arguments.HasOption("-x"), Is.False);
            Assert.That(arguments.Positionals.Values(), Is.EqualTo("script.sh|-x"));
        });
    }

    [Test]
    public void Lone_dash_is_a_positional_and_quoted_options_are_options()
    {
        var arguments = ShellSource.Parse("tar -xzf - \"-C\" /x").Single().Unwrapped.ParseArguments("-f", "-C");
        Assert.Multiple(() =>
        {
            Assert.That(arguments.ValueOf("-f"), Is.EqualTo("-"));
            Assert.That(arguments.ValueOf("-C"), Is.EqualTo("/x"));
            Assert.That(arguments.Positionals, Is.Empty);
        });
    }

    [Test]
    public void Later_value_wins()
    {
        var arguments = ShellSource.Parse("cmd -o a -o b").Single().Unwrapped.ParseArguments("-o");
        Assert.Multiple(() =>
        {
            Assert.That(arguments.ValueOf("-o"), Is.EqualTo("b"));
            Assert.That(arguments.FindOption("-o")!.Value, Is.EqualTo("a"));
            Assert.That(arguments.FindOptions("-o").Count(), Is.EqualTo(2));
        });
    }
}
