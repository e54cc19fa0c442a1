using System.Linq;
using static DockerSecurity.Analysis.Tests.Dockerfiles.DockerfileText;

namespace DockerSecurity.Analysis.Tests.Dockerfiles;

public class DirectiveTests
{
    [Test]
    public void Directives_at_the_top_are_read_with_spans()
    {
        var syntax = Parse("# syntax=docker/dockerfile:1.7", "# check=skip=JSONArgsRecommended", "#escape = `", "FROM a");

        Assert.Multiple(() =>
        {
            Assert.That(syntax.Directives.Select(d => (d.Name, d.Value)), Is.EqualTo(new[]
            {
                ("syntax", "docker/dockerfile:1.7"),
                ("check", "skip=JSONArgsRecommended"),
                ("escape", "`"),
            }));
            Assert.That(syntax.Directives[0].Span, Is.EqualTo(Span(1, 1, 1, 31)));
            Assert.That(syntax.Directives[0].ValueSpan, Is.EqualTo(Span(1, 10, 1, 31)));
            Assert.That(syntax.Directives[2].ValueSpan, Is.EqualTo(Span(3, 11, 3, 12)));
            Assert.That(syntax.EscapeToken, Is.EqualTo('`'));
            Assert.That(syntax.Comments, Is.Empty);
            Assert.That(syntax.GetDirective("check")!.Value, Is.EqualTo("skip=JSONArgsRecommended"));
        });
    }

    [Test]
    public void Directive_name_is_case_insensitive()
    {
        var syntax = Parse("# ESCAPE=`", "FROM a");

        Assert.That(syntax.EscapeToken, Is.EqualTo('`'));
    }

    [Test]
    public void Directive_after_a_comment_is_only_a_comment()
    {
        var syntax = Parse("# a comment", "# escape=`", "FROM a");

        Assert.Multiple(() =>
        {
            Assert.That(syntax.Directives, Is.Empty);
            Assert.That(syntax.EscapeToken, Is.EqualTo('\\'));
            Assert.That(syntax.Comments.Select(c => c.Text), Is.EqualTo(new[] { "a comment", "escape=`" }));
        });
    }

    [Test]
    public void Directive_after_a_blank_line_is_only_a_comment()
    {
        var syntax = Parse("# syntax=docker/dockerfile:1", "", "# escape=`", "FROM a");

        Assert.Multiple(() =>
        {
            Assert.That(syntax.Directives.Select(d => d.Name), Is.EqualTo(new[] { "syntax" }));
            Assert.That(syntax.EscapeToken, Is.EqualTo('\\'));
        });
    }

    [Test]
    public void Directive_after_an_instruction_is_only_a_comment()
    {
        var syntax = Parse("FROM a", "# syntax=docker/dockerfile:1");

        Assert.Multiple(() =>
        {
            Assert.That(syntax.Directives, Is.Empty);
            Assert.That(syntax.Comments.Single().Span, Is.EqualTo(Span(2, 1, 2, 29)));
        });
    }

    [Test]
    public void Unknown_directive_ends_the_directives()
    {
        var syntax = Parse("# foo=bar", "# escape=`", "FROM a");

        Assert.Multiple(() =>
        {
            Assert.That(syntax.Directives, Is.Empty);
            Assert.That(syntax.Comments, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void Backtick_escape_continues_lines_and_leaves_backslashes_alone()
    {
        var syntax = Parse(
            "# escape=`",
            "FROM mcr.microsoft.com/windows/servercore:ltsc2022",
            "COPY testfile.txt c:\\",
            "RUN dir c:\\ `",
            "    && echo done");

        Assert.Multiple(() =>
        {
            Assert.That(syntax.Instructions[1].Arguments.Select(a => a.Value), Is.EqualTo(new[] { "testfile.txt", "c:\\" }));
            Assert.That(syntax.Instructions[2].CommandText!.Text, Is.EqualTo("dir c:\\     && echo done"));
            Assert.That(syntax.Instructions[2].Span, Is.EqualTo(Span(4, 1, 5, 17)));
        });
    }

    [Test]
    public void Duplicate_directive_is_an_error()
    {
        var error = ParseError(Lines("# escape=`", "# escape=\\", "FROM a"));

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("only one escape parser directive can be used"));
            Assert.That(error.Span, Is.EqualTo(Span(2, 1, 2, 11)));
        });
    }

    [Test]
    public void Invalid_escape_token_is_an_error_at_its_value()
    {
        var error = ParseError(Lines("# escape=x", "FROM a"));

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("invalid escape token 'x' does not match ` or \\"));
            Assert.That(error.Span, Is.EqualTo(Span(1, 10, 1, 11)));
        });
    }
}
