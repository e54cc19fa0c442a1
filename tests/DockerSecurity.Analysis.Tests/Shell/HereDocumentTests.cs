using System.Linq;
using DockerSecurity.Analysis.Shell;
using static DockerSecurity.Analysis.Tests.Shell.ShellSource;

namespace DockerSecurity.Analysis.Tests.Shell;

/// <summary>Scripts with newlines (a <c>RUN &lt;&lt;EOF</c> body) and here-documents inside them.</summary>
public class HereDocumentTests
{
    private const string Body =
        "set -eux\n" +
        "apt-get update\n" +
        "apt-get install -y curl\n" +
        "cat <<EOF > /etc/x.conf\n" +
        "curl -k is only text here, $(id -u) is not\n" +
        "EOF\n" +
        "curl -fsSL https://x | sh\n";

    [Test]
    public void Heredoc_style_run_body_is_a_script_of_lines()
    {
        var script = ShellScript.Parse(Lines(Body, firstLine: 2));
        Assert.Multiple(() =>
        {
            Assert.That(script.Commands(), Is.EqualTo("set -eux ; apt-get update ; apt-get install -y curl ; id -u ; cat ; curl -fsSL https://x ; sh"));
            Assert.That(script.Pipelines.Select(p => p.Terminator), Is.EqualTo(Enumerable.Repeat(ShellOperator.Newline, 5)));
            Assert.That(script.AllCommands.Single(c => c.Name == "curl").NameWord!.Span, Is.EqualTo(At(8, 1, 8, 5)));
            Assert.That(script.AllCommands.Single(c => c.Name == "id").NameWord!.Span, Is.EqualTo(At(6, 30, 6, 32)));
            Assert.That(script.Problems, Is.Empty);
        });
    }

    [Test]
    public void Here_document_body_and_delimiter()
    {
        var script = ShellScript.Parse(Lines(Body, firstLine: 2));
        var cat = script.AllCommands.Single(c => c.Name == "cat");
        var document = cat.Redirections[0].HereDocument!;
        Assert.Multiple(() =>
        {
            Assert.That(cat.Redirections.Select(r => r.Kind), Is.EqualTo(new[] { ShellRedirectionKind.HereDocument, ShellRedirectionKind.Output }));
            Assert.That(document.Delimiter, Is.EqualTo("EOF"));
            Assert.That(document.IsQuoted, Is.False);
            Assert.That(document.Body!.Value, Is.EqualTo("curl -k is only text here, $(id -u) is not\n"));
            Assert.That(document.Body.HasExpansion, Is.True);
            Assert.That(document.Body.Span, Is.EqualTo(At(6, 1, 6, 44)));
            Assert.That(script.AllCommands.Single(c => c.Name == "id").Parent, Is.SameAs(cat));
        });
    }

    [Test]
    public void Quoted_delimiter_keeps_the_body_literal()
    {
        var script = Parse("cat <<'EOF' >x\n$(id) `id` \\$x\nEOF\necho done");
        var body = script.AllCommands[0].Redirections[0].HereDocument!;
        Assert.Multiple(() =>
        {
            Assert.That(script.Commands(), Is.EqualTo("cat ; echo done"));
            Assert.That(body.IsQuoted, Is.True);
            Assert.That(body.Body!.Value, Is.EqualTo("$(id) `id` \\$x\n"));
            Assert.That(body.Body.HasExpansion, Is.False);
        });
    }

    [Test]
    public void Dash_form_strips_leading_tabs_from_lines_and_delimiter()
    {
        var script = Parse("cat <<-\"END\"\n\tone\n\t\ttwo\n\tEND\necho after");
        var body = script.AllCommands[0].Redirections[0].HereDocument!;
        Assert.Multiple(() =>
        {
            Assert.That(body.StripsTabs, Is.True);
            Assert.That(body.Body!.Value, Is.EqualTo("one\ntwo\n"));
            Assert.That(script.Commands(), Is.EqualTo("cat ; echo after"));
        });
    }

    [Test]
    public void Several_here_documents_on_one_line_are_read_in_order()
    {
        var script = Parse("paste <<A /dev/stdin <<B && echo ok\none\nA\ntwo\nB\necho next");
        var paste = script.AllCommands[0];
        Assert.Multiple(() =>
        {
            Assert.That(paste.Redirections.Select(r => r.HereDocument!.Body!.Value), Is.EqualTo(new[] { "one\n", "two\n" }));
            Assert.That(script.Commands(), Is.EqualTo("paste /dev/stdin ; echo ok ; echo next"));
            Assert.That(script.Problems, Is.Empty);
        });
    }

    [Test]
    public void Here_document_inside_a_command_substitution()
    {
        var script = Parse("x=$(cat <<EOF\nhello\nEOF\n)\necho $x");
        Assert.Multiple(() =>
        {
            Assert.That(script.Commands(), Is.EqualTo("cat ; x=$(cat <<EOF\nhello\nEOF\n) ; echo $x"));
            Assert.That(script.AllCommands[0].Redirections[0].HereDocument!.Body!.Value, Is.EqualTo("hello\n"));
            Assert.That(script.Problems, Is.Empty);
        });
    }

    [Test]
    public void Shell_reading_a_here_document_runs_it_as_a_script()
    {
        var script = Parse("bash -s <<'EOF'\nset -o pipefail\ncurl -k x | sh\nEOF");
        var curl = script.AllCommands.Single(c => c.Name == "curl");
        Assert.Multiple(() =>
        {
            Assert.That(curl.Origin, Is.EqualTo(CommandOrigin.InlineScript));
            Assert.That(curl.Words[1].Span, Is.EqualTo(At(3, 6, 3, 8)));
            Assert.That(curl.Pipeline.PipefailEnabled, Is.True);
        });
    }

    [Test]
    public void Line_continuation_inside_a_script_with_newlines()
    {
        var script = Parse("apt-get install \\\n  curl\necho done");
        Assert.Multiple(() =>
        {
            Assert.That(script.Commands(), Is.EqualTo("apt-get install curl ; echo done"));
            Assert.That(script.AllCommands[0].Words[2].Span, Is.EqualTo(At(2, 3, 2, 7)));
        });
    }

    [TestCase("a x\r\nb y\r\n", "a x ; b y")]
    [TestCase("curl -k\r", "curl -k")]
    [TestCase("a\rb", "a\rb")]
    public void Carriage_return_of_a_windows_line_end_is_a_blank(string script, string commands) =>
        Assert.That(Parse(script).Commands(), Is.EqualTo(commands));

    [Test]
    public void Unclosed_here_document_takes_the_rest_of_the_text()
    {
        var script = Parse("cat <<EOF\nabc\ndef");
        Assert.Multiple(() =>
        {
            Assert.That(script.AllCommands[0].Redirections[0].HereDocument!.Body!.Value, Is.EqualTo("abc\ndef"));
            Assert.That(script.Problems.Select(p => p.ToString()), Is.EqualTo(new[] { "(1,5)-(1,10): the here-document is not closed: no line is 'EOF'" }));
        });
    }

    [Test]
    public void Here_document_without_a_following_line_has_no_body()
    {
        var script = Parse("cat <<EOF > /x");
        Assert.Multiple(() =>
        {
            Assert.That(script.AllCommands[0].Redirections[0].HereDocument!.Body, Is.Null);
            Assert.That(script.Problems.Select(p => p.ToString()), Is.EqualTo(new[] { "(1,5)-(1,10): the here-document has no body: a newline must follow the command" }));
        });
    }
}
