using System.Linq;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Rules;

public class RunScriptsTests
{
    [Test]
    public void Command_of_a_continued_run_keeps_each_word_at_its_own_line()
    {
        var scripts = ScriptsOf("""
            FROM debian:bookworm-20241202-slim
            RUN apt-get update \
             && apt-get install -y curl
            """);
        var install = scripts.Single()!.AllCommands[1];
        Assert.Multiple(() =>
        {
            Assert.That(install.Name, Is.EqualTo("apt-get"));
            Assert.That(install.Words[2].Span, Is.EqualTo(new SourceSpan(3, 21, 3, 23)));
        });
    }

    [Test]
    public void Heredoc_alone_is_the_script()
    {
        var scripts = ScriptsOf("""
            FROM debian:bookworm-20241202-slim
            RUN <<EOF
            apt-get update
            apt-get install -y curl
            EOF
            """);
        var commands = scripts.Single()!.AllCommands;
        Assert.Multiple(() =>
        {
            Assert.That(commands.Select(c => c.Name), Is.EqualTo(new[] { "apt-get", "apt-get" }));
            Assert.That(commands[1].NameWord!.Span, Is.EqualTo(new SourceSpan(4, 1, 4, 8)));
        });
    }

    [Test]
    public void Heredoc_fed_to_a_shell_is_read_as_its_script()
    {
        var scripts = ScriptsOf("""
            FROM debian:bookworm-20241202-slim
            RUN bash -e <<EOF
            curl -k https://example.com
            EOF
            """);
        Assert.That(scripts.Single()!.AllCommands.Select(c => c.Name), Does.Contain("curl"));
    }

    [TestCase("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo hi\n")]
    [TestCase("# escape=`\nFROM mcr.microsoft.com/dotnet/sdk:9.0.100\nRUN echo hi\n")]
    [TestCase("FROM mcr.microsoft.com/dotnet/sdk:9.0.100\nSHELL [\"pwsh\", \"-Command\"]\nRUN echo hi\n")]
    public void Powershell_and_cmd_stages_have_no_posix_script(string dockerfile) =>
        Assert.That(ScriptsOf(dockerfile), Is.EqualTo(new object?[] { null }));

    [Test]
    public void Exec_form_has_no_script() =>
        Assert.That(ScriptsOf("FROM alpine:3.20.3\nRUN [\"apk\", \"add\", \"curl\"]\n"), Is.EqualTo(new object?[] { null }));

    private static System.Collections.Generic.List<Analysis.Shell.ShellScript?> ScriptsOf(string dockerfile)
    {
        var syntax = DockerfileParser.Parse(new SourceFile("/Dockerfile", dockerfile)).Syntax!;
        var scripts = new RunScripts(DockerfileModel.Create(syntax));
        return syntax.Instructions.Where(i => i.Is("RUN")).Select(scripts.Of).ToList();
    }
}
