using static DockerSecurity.Analysis.Tests.Dockerfiles.DockerfileText;

namespace DockerSecurity.Analysis.Tests.Dockerfiles;

public class ParseErrorTests
{
    [Test]
    public void Empty_file_has_no_instructions()
    {
        var error = ParseError(string.Empty);

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("file with no instructions"));
            Assert.That(error.Span, Is.EqualTo(Span(1, 1, 1, 1)));
        });
    }

    [Test]
    public void Blank_and_comment_lines_only_have_no_instructions()
    {
        var error = ParseError(Lines("# only", "   ", "\t# comments"));

        Assert.That(error.Message, Is.EqualTo("file with no instructions"));
    }

    [Test]
    public void Nested_json_is_an_error_at_the_nested_value()
    {
        var error = ParseError(Lines("FROM a", "CMD [\"echo\", {\"a\": 1}]"));

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("when using JSON array syntax, arrays must be comprised of strings only"));
            Assert.That(error.Span, Is.EqualTo(Span(2, 14, 2, 22)));
        });
    }

    [Test]
    public void Json_number_is_an_error()
    {
        var error = ParseError(Lines("FROM a", "EXPOSE 80", "VOLUME [\"/data\", 1]"));

        Assert.That(error.Span, Is.EqualTo(Span(3, 18, 3, 19)));
    }

    [Test]
    public void Json_number_out_of_float_range_makes_docker_fall_back_to_shell_form()
    {
        var cmd = Parse("FROM a", "CMD [\"a\", 1e999]").Instructions[1];

        Assert.Multiple(() =>
        {
            Assert.That(cmd.IsExecForm, Is.False);
            Assert.That(cmd.CommandText!.Text, Is.EqualTo("[\"a\", 1e999]"));
            Assert.That(ParseError(Lines("FROM a", "CMD [\"a\", -1.5e308]")).Message, Does.StartWith("when using JSON array syntax"));
        });
    }

    [TestCase("CMD [\"a\",]")]
    [TestCase("CMD [\"a\" \"b\"]")]
    [TestCase("CMD [\"a\", 01]")]
    [TestCase("CMD [\"a\", tru]")]
    [TestCase("CMD [\"a\\x\"]")]
    [TestCase("CMD [\"a\"]]")]
    [TestCase("CMD [\"a\", {\"k\" 1}]")]
    public void Invalid_json_syntax_is_shell_form_not_an_error(string instruction)
    {
        var cmd = Parse("FROM a", instruction).Instructions[1];

        Assert.That(cmd.IsExecForm, Is.False);
    }

    [Test]
    public void Line_over_64_kib_is_an_error_as_in_docker()
    {
        var error = ParseError("FROM a\nRUN echo " + new string('x', 70000) + "\n");

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("dockerfile line greater than max allowed size of 65535"));
            Assert.That(error.Span.StartLine, Is.EqualTo(2));
        });
    }

    [Test]
    public void Line_just_under_64_kib_is_fine()
    {
        var syntax = ParseText("FROM a\nRUN " + new string('x', 65531) + "\n");

        Assert.That(syntax.Instructions[1].CommandText!.Length, Is.EqualTo(65531));
    }
}
