using System.Linq;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Tests.Shell;

public class PipefailTests
{
    [TestCase("curl x | sh", false)]
    [TestCase("set -o pipefail && curl x | sh", true)]
    [TestCase("set -o pipefail; curl x | sh", true)]
    [TestCase("set -euo pipefail; curl x | sh", true)]
    [TestCase("set -eux -o pipefail; curl x | sh", true)]
    [TestCase("set -e -o errexit -o pipefail; curl x | sh", true)]
    [TestCase("set -ex; curl x | sh", false)]
    [TestCase("set -o errexit; curl x | sh", false)]
    [TestCase("set -o pipefail; set +o pipefail; curl x | sh", false)]
    [TestCase("curl x | sh; set -o pipefail", false)]
    [TestCase("echo set -o pipefail; curl x | sh", false)]
    [TestCase("(set -o pipefail); curl x | sh", false)]
    [TestCase("x=$(set -o pipefail); curl x | sh", false)]
    [TestCase("{ set -o pipefail; }; curl x | sh", true)]
    [TestCase("if true; then set -o pipefail; fi; curl x | sh", true)]
    [TestCase("set -o pipefail; (curl x | sh)", true)]
    [TestCase("set -o pipefail; sh -c 'curl x | sh'", false)]
    [TestCase("bash -o pipefail -c 'curl x | sh'", true)]
    [TestCase("bash -euo pipefail -c 'curl x | sh'", true)]
    [TestCase("bash -c 'set -o pipefail; curl x | sh'", true)]
    [TestCase("set -o pipefail; eval 'curl x | sh'", true)]
    [TestCase("f() { set -o pipefail; }; curl x | sh", false)]
    public void Pipefail_in_order_of_execution(string script, bool enabled)
    {
        var parsed = ShellSource.Parse(script);
        var pipeline = parsed.AllPipelines.Single(p => p.HasPipe);
        var curl = parsed.AllCommands.Single(c => c.Name == "curl");
        Assert.Multiple(() =>
        {
            Assert.That(pipeline.PipefailEnabled, Is.EqualTo(enabled));
            Assert.That(curl.PipefailEnabled, Is.EqualTo(enabled));
        });
    }

    [Test]
    public void Shell_started_with_pipefail()
    {
        var parsed = ShellSource.Parse("curl x | sh", new ShellParseOptions { Pipefail = true });
        Assert.That(parsed.AllPipelines.Single().PipefailEnabled, Is.True);
    }

    [Test]
    public void Pipefail_set_across_continuation_lines()
    {
        var parsed = ShellScript.Parse(ShellSource.Run("RUN set -eux; \\\n    set -o pipefail; \\\n    wget -qO- https://x | tar -xz"));
        Assert.That(parsed.AllPipelines.Single(p => p.HasPipe).PipefailEnabled, Is.True);
    }

    [TestCase("/bin/bash -o pipefail -c", true)]
    [TestCase("bash -euo pipefail -c", true)]
    [TestCase("/bin/sh -c", false)]
    [TestCase("/bin/ash -eo pipefail -c", true)]
    [TestCase("busybox sh -o pipefail -c", true)]
    [TestCase("/bin/bash +o pipefail -c", false)]
    public void Shell_instruction_gives_the_starting_options(string shell, bool pipefail)
    {
        var options = ShellParseOptions.ForShell(shell.Split(' '));
        Assert.That(options, Is.Not.Null);
        Assert.That(options!.Pipefail, Is.EqualTo(pipefail));
        Assert.That(ShellSource.Parse("a | b", options).AllPipelines.Single().PipefailEnabled, Is.EqualTo(pipefail));
    }

    [TestCase("pwsh -Command")]
    [TestCase("powershell -command")]
    [TestCase("cmd /S /C")]
    [TestCase("")]
    public void Shell_instruction_of_another_shell_is_not_read_as_posix(string shell) =>
        Assert.That(ShellParseOptions.ForShell(shell.Split(' ', System.StringSplitOptions.RemoveEmptyEntries)), Is.Null);
}
