using System.Linq;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Text;
using static DockerSecurity.Analysis.Tests.Dockerfiles.DockerfileText;

namespace DockerSecurity.Analysis.Tests.Dockerfiles;

public class InstructionSpanTests
{
    [Test]
    public void From_keyword_and_arguments_have_exact_spans()
    {
        var from = Parse("FROM python:3.12-slim AS build").Instructions[0];

        Assert.Multiple(() =>
        {
            Assert.That(from.Keyword, Is.EqualTo("FROM"));
            Assert.That(from.KeywordSpan, Is.EqualTo(Span(1, 1, 1, 5)));
            Assert.That(from.Span, Is.EqualTo(Span(1, 1, 1, 31)));
            Assert.That(from.Arguments.Select(a => a.Value), Is.EqualTo(new[] { "python:3.12-slim", "AS", "build" }));
            Assert.That(from.Arguments.Select(a => a.Span), Is.EqualTo(new[] { Span(1, 6, 1, 22), Span(1, 23, 1, 25), Span(1, 26, 1, 31) }));
        });
    }

    [Test]
    public void Keyword_is_upper_cased_and_indentation_is_skipped()
    {
        var run = Parse("FROM a", "  \trun echo hi").Instructions[1];

        Assert.Multiple(() =>
        {
            Assert.That(run.Keyword, Is.EqualTo("RUN"));
            Assert.That(run.RawKeyword, Is.EqualTo("run"));
            Assert.That(run.KeywordSpan, Is.EqualTo(Span(2, 4, 2, 7)));
            Assert.That(run.CommandText!.Text, Is.EqualTo("echo hi"));
            Assert.That(run.CommandText.GetSpan(5, 2), Is.EqualTo(Span(2, 13, 2, 15)));
        });
    }

    [Test]
    public void Continued_run_maps_each_word_to_its_own_line_and_column()
    {
        var run = Parse(
            "FROM debian",
            "RUN apt-get update \\",
            "    && apt-get install -y curl").Instructions[1];

        var command = run.CommandText!;
        var curl = command.Text.IndexOf("curl", System.StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(command.Text, Is.EqualTo("apt-get update     && apt-get install -y curl"));
            Assert.That(command.GetSpan(curl, 4), Is.EqualTo(Span(3, 27, 3, 31)));
            Assert.That(command.GetSpan(0, 7), Is.EqualTo(Span(2, 5, 2, 12)));
            Assert.That(run.Span, Is.EqualTo(Span(2, 1, 3, 31)));
            Assert.That(run.Arguments.Single().Span, Is.EqualTo(Span(2, 5, 3, 31)));
        });
    }

    [Test]
    public void Crlf_line_endings_are_not_part_of_any_text_or_span()
    {
        var syntax = ParseText("FROM alpine:3.20\r\nRUN echo \\\r\n  hi\r\n");
        var run = syntax.Instructions[1];

        Assert.Multiple(() =>
        {
            Assert.That(syntax.Instructions[0].Span, Is.EqualTo(Span(1, 1, 1, 17)));
            Assert.That(run.CommandText!.Text, Is.EqualTo("echo   hi"));
            Assert.That(run.CommandText.PositionAt(7), Is.EqualTo(new SourcePosition(3, 3)));
            Assert.That(run.Span, Is.EqualTo(Span(2, 1, 3, 5)));
        });
    }

    [Test]
    public void Comment_and_empty_lines_inside_a_continuation_are_skipped_and_kept_as_comments()
    {
        var syntax = Parse(
            "FROM debian",
            "RUN apt-get update && \\",
            "    # install curl",
            "",
            "    apt-get install -y curl");
        var run = syntax.Instructions[1];

        Assert.Multiple(() =>
        {
            Assert.That(run.CommandText!.Text, Is.EqualTo("apt-get update &&     apt-get install -y curl"));
            Assert.That(run.Span, Is.EqualTo(Span(2, 1, 5, 28)));
            Assert.That(syntax.Comments.Single().Text, Is.EqualTo("install curl"));
            Assert.That(syntax.Comments.Single().Span, Is.EqualTo(Span(3, 5, 3, 19)));
            Assert.That(syntax.EmptyContinuationLines, Is.EqualTo(new[] { Span(4, 1, 4, 1) }));
        });
    }

    [Test]
    public void Tabs_count_as_one_column()
    {
        var label = Parse("FROM a", "LABEL\tmaintainer\tme").Instructions[1];

        Assert.Multiple(() =>
        {
            Assert.That(label.KeyValues.Single().KeySpan, Is.EqualTo(Span(2, 7, 2, 17)));
            Assert.That(label.KeyValues.Single().ValueSpan, Is.EqualTo(Span(2, 18, 2, 20)));
        });
    }

    [Test]
    public void Trailing_backslash_at_end_of_file_ends_the_instruction()
    {
        var run = ParseText("FROM a\nRUN something \\").Instructions[1];

        Assert.Multiple(() =>
        {
            Assert.That(run.CommandText!.Text, Is.EqualTo("something"));
            Assert.That(run.Span, Is.EqualTo(Span(2, 1, 2, 16)));
        });
    }

    [Test]
    public void Trailing_white_space_is_outside_the_spans()
    {
        var syntax = ParseText("FROM alpine:3.20 \t \n# note  \nRUN a \\  \n  b\t\n");

        Assert.Multiple(() =>
        {
            Assert.That(syntax.Instructions[0].Span, Is.EqualTo(Span(1, 1, 1, 17)));
            Assert.That(syntax.Comments.Single().Span, Is.EqualTo(Span(2, 1, 2, 7)));
            Assert.That(syntax.Instructions[1].Span, Is.EqualTo(Span(3, 1, 4, 4)));
            Assert.That(syntax.Instructions[1].CommandText!.Text, Is.EqualTo("a   b"));
        });
    }

    [Test]
    public void Instruction_text_is_the_assembled_line()
    {
        var env = Parse("FROM a", "ENV A=1 \\", "  B=2").Instructions[1];

        Assert.That(env.Text.Text, Is.EqualTo("ENV A=1   B=2"));
    }

    [Test]
    public void Byte_order_mark_left_in_the_text_is_skipped()
    {
        var from = ParseText("\uFEFFFROM a\n").Instructions[0];

        Assert.Multiple(() =>
        {
            Assert.That(from.Keyword, Is.EqualTo("FROM"));
            Assert.That(from.KeywordSpan, Is.EqualTo(Span(1, 1, 1, 5)));
        });
    }

    [Test]
    public void Unknown_instruction_keeps_its_text_as_one_argument()
    {
        var unknown = Parse("FROM a", "FOO bar baz").Instructions[1];

        Assert.Multiple(() =>
        {
            Assert.That(unknown.IsKnown, Is.False);
            Assert.That(unknown.Arguments.Single().Value, Is.EqualTo("bar baz"));
            Assert.That(DockerfileDump.Render(unknown), Is.EqualTo("foo \"\""));
        });
    }

    [Test]
    public void Exec_form_arguments_are_decoded_json_strings_with_their_token_spans()
    {
        var cmd = Parse("FROM a", "CMD [\"dotnet\", \"app.dll\", \"--urls=\\u0068ttp\"]").Instructions[1];

        Assert.Multiple(() =>
        {
            Assert.That(cmd.IsExecForm, Is.True);
            Assert.That(cmd.CommandText, Is.Null);
            Assert.That(cmd.Arguments.Select(a => a.Value), Is.EqualTo(new[] { "dotnet", "app.dll", "--urls=http" }));
            Assert.That(cmd.Arguments.Select(a => a.Span), Is.EqualTo(new[] { Span(2, 6, 2, 14), Span(2, 16, 2, 25), Span(2, 27, 2, 45) }));
        });
    }

    [Test]
    public void Exec_form_spread_over_lines_keeps_each_string_on_its_line()
    {
        var entrypoint = Parse("FROM a", "ENTRYPOINT [\"a\", \\", "            \"b\"]").Instructions[1];

        Assert.That(entrypoint.Arguments[1].Span, Is.EqualTo(Span(3, 13, 3, 16)));
    }

    [Test]
    public void Invalid_json_falls_back_to_shell_form()
    {
        var cmd = Parse("FROM a", "CMD ['sh', '-c']").Instructions[1];

        Assert.Multiple(() =>
        {
            Assert.That(cmd.IsExecForm, Is.False);
            Assert.That(cmd.CommandText!.Text, Is.EqualTo("['sh', '-c']"));
        });
    }

    [Test]
    public void Json_with_trailing_text_is_shell_form()
    {
        var cmd = Parse("FROM a", "CMD [\"a\"] b").Instructions[1];

        Assert.That(cmd.IsExecForm, Is.False);
    }

    [Test]
    public void Healthcheck_command_is_mapped_after_its_type()
    {
        var healthcheck = Parse("FROM a", "HEALTHCHECK --interval=30s CMD curl -f http://localhost/health || exit 1").Instructions[1];

        Assert.Multiple(() =>
        {
            Assert.That(healthcheck.Arguments[0].Value, Is.EqualTo("CMD"));
            Assert.That(healthcheck.Arguments[0].Span, Is.EqualTo(Span(2, 28, 2, 31)));
            Assert.That(healthcheck.CommandText!.Text, Is.EqualTo("curl -f http://localhost/health || exit 1"));
            Assert.That(healthcheck.CommandText.PositionAt(0), Is.EqualTo(new SourcePosition(2, 32)));
            Assert.That(healthcheck.GetFlag("interval")!.Value, Is.EqualTo("30s"));
        });
    }

    [Test]
    public void Healthcheck_none_has_no_command()
    {
        var healthcheck = Parse("FROM a", "HEALTHCHECK NONE").Instructions[1];

        Assert.Multiple(() =>
        {
            Assert.That(healthcheck.Arguments.Single().Value, Is.EqualTo("NONE"));
            Assert.That(healthcheck.CommandText, Is.Null);
        });
    }

    [Test]
    public void Onbuild_holds_the_nested_instruction_with_its_own_spans()
    {
        var onbuild = Parse("FROM a", "ONBUILD RUN make install").Instructions[1];

        var nested = onbuild.OnBuild!;
        Assert.Multiple(() =>
        {
            Assert.That(onbuild.Arguments, Is.Empty);
            Assert.That(nested.Keyword, Is.EqualTo("RUN"));
            Assert.That(nested.KeywordSpan, Is.EqualTo(Span(2, 9, 2, 12)));
            Assert.That(nested.Span, Is.EqualTo(Span(2, 9, 2, 25)));
            Assert.That(nested.CommandText!.Text, Is.EqualTo("make install"));
            Assert.That(nested.CommandText.PositionAt(0), Is.EqualTo(new SourcePosition(2, 13)));
        });
    }

    [Test]
    public void User_and_workdir_keep_the_rest_of_the_line()
    {
        var syntax = Parse("FROM a", "USER app:app", "WORKDIR /my app");

        Assert.Multiple(() =>
        {
            Assert.That(syntax.Instructions[1].Arguments.Single().Value, Is.EqualTo("app:app"));
            Assert.That(syntax.Instructions[1].Arguments.Single().Span, Is.EqualTo(Span(2, 6, 2, 13)));
            Assert.That(syntax.Instructions[2].Arguments.Single().Value, Is.EqualTo("/my app"));
        });
    }
}
