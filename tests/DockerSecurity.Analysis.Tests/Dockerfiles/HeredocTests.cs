using System.Linq;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Text;
using static DockerSecurity.Analysis.Tests.Dockerfiles.DockerfileText;

namespace DockerSecurity.Analysis.Tests.Dockerfiles;

public class HeredocTests
{
    [Test]
    public void Run_heredoc_body_and_spans()
    {
        var syntax = Parse(
            "FROM alpine",
            "RUN <<EOF",
            "apk add curl",
            "echo done",
            "EOF",
            "USER app");
        var run = syntax.Instructions[1];
        var heredoc = run.Heredocs.Single();

        Assert.Multiple(() =>
        {
            Assert.That(run.CommandText!.Text, Is.EqualTo("<<EOF"));
            Assert.That(run.Span, Is.EqualTo(Span(2, 1, 5, 4)));
            Assert.That(heredoc.Name, Is.EqualTo("EOF"));
            Assert.That(heredoc.Body.Text, Is.EqualTo("apk add curl\necho done\n"));
            Assert.That(heredoc.Body.GetSpan(8, 4), Is.EqualTo(Span(3, 9, 3, 13)));
            Assert.That(heredoc.Body.PositionAt(13), Is.EqualTo(new SourcePosition(4, 1)));
            Assert.That(heredoc.Expands, Is.True);
            Assert.That(heredoc.StripsTabs, Is.False);
            Assert.That(heredoc.FileDescriptor, Is.Null);
            Assert.That(heredoc.MarkerSpan, Is.EqualTo(Span(2, 5, 2, 10)));
            Assert.That(heredoc.Span, Is.EqualTo(Span(2, 5, 5, 4)));
            Assert.That(syntax.Instructions[2].Keyword, Is.EqualTo("USER"));
            Assert.That(syntax.Instructions[2].Span.StartLine, Is.EqualTo(6));
        });
    }

    [Test]
    public void Heredoc_body_is_not_parsed_for_comments_or_instructions()
    {
        var syntax = Parse(
            "FROM alpine",
            "RUN <<EOF",
            "# not a Dockerfile comment",
            "FROM not-an-instruction",
            "EOF");

        Assert.Multiple(() =>
        {
            Assert.That(syntax.Instructions, Has.Count.EqualTo(2));
            Assert.That(syntax.Comments, Is.Empty);
            Assert.That(syntax.Instructions[1].Heredocs.Single().Body.Text, Is.EqualTo("# not a Dockerfile comment\nFROM not-an-instruction\n"));
        });
    }

    [Test]
    public void Dash_heredoc_strips_leading_tabs_from_body_and_terminator()
    {
        var heredoc = Parse(
            "FROM alpine",
            "RUN <<-EOF",
            "\t\techo hi",
            "\tEOF").Instructions[1].Heredocs.Single();

        Assert.Multiple(() =>
        {
            Assert.That(heredoc.StripsTabs, Is.True);
            Assert.That(heredoc.Body.Text, Is.EqualTo("echo hi\n"));
            Assert.That(heredoc.Body.PositionAt(0), Is.EqualTo(new SourcePosition(3, 3)));
            Assert.That(heredoc.Span, Is.EqualTo(Span(2, 5, 4, 5)));
        });
    }

    [Test]
    public void Plain_heredoc_keeps_tabs_and_needs_an_unindented_terminator()
    {
        var heredoc = Parse(
            "FROM alpine",
            "RUN <<EOF",
            "\techo hi",
            "\tEOF",
            "EOF").Instructions[1].Heredocs.Single();

        Assert.That(heredoc.Body.Text, Is.EqualTo("\techo hi\n\tEOF\n"));
    }

    [TestCase("<<\"EOF\"")]
    [TestCase("<<'EOF'")]
    [TestCase("<<E\"O\"F")]
    [TestCase("<<-'EOF'")]
    public void Quoted_terminator_disables_expansion(string marker)
    {
        var heredoc = Parse("FROM alpine", "RUN " + marker, "echo $HOME", "EOF").Instructions[1].Heredocs.Single();

        Assert.Multiple(() =>
        {
            Assert.That(heredoc.Name, Is.EqualTo("EOF"));
            Assert.That(heredoc.Expands, Is.False);
            Assert.That(heredoc.Body.Text, Is.EqualTo("echo $HOME\n"));
        });
    }

    [Test]
    public void Escaped_quote_in_terminator_still_expands()
    {
        var heredoc = Parse("FROM alpine", "RUN <<eo\\'f", "x", "eo'f").Instructions[1].Heredocs.Single();

        Assert.Multiple(() =>
        {
            Assert.That(heredoc.Name, Is.EqualTo("eo'f"));
            Assert.That(heredoc.Expands, Is.True);
        });
    }

    [TestCase("RUN <<'e'o\\'f", "eo'f", false)]
    [TestCase("RUN <<'one two'", "one two", false)]
    [TestCase("RUN <<$EOF", "$EOF", true)]
    [TestCase("RUN <<${EOF}", "${EOF}", true)]
    [TestCase("RUN <<  EOF  > foo", "EOF", true)]
    [TestCase("RUN <<COMPLEX python3", "COMPLEX", true)]
    [TestCase("COPY <<file.txt /dest", "file.txt", true)]
    [TestCase("RUN << -EOF", "-EOF", true)]
    public void Terminator_word_as_docker_reads_it(string instruction, string name, bool expands)
    {
        var heredoc = Parse("FROM alpine", instruction, "body", name).Instructions[1].Heredocs.Single();

        Assert.Multiple(() =>
        {
            Assert.That(heredoc.Name, Is.EqualTo(name));
            Assert.That(heredoc.Expands, Is.EqualTo(expands));
            Assert.That(heredoc.Body.Text, Is.EqualTo("body\n"));
        });
    }

    [Test]
    public void Several_heredocs_are_read_in_order()
    {
        var copy = Parse(
            "FROM alpine",
            "COPY <<X <<Y /dest/",
            "Y",
            "X",
            "X",
            "Y").Instructions[1];

        Assert.Multiple(() =>
        {
            Assert.That(copy.Heredocs.Select(h => h.Name), Is.EqualTo(new[] { "X", "Y" }));
            Assert.That(copy.Heredocs.Select(h => h.Body.Text), Is.EqualTo(new[] { "Y\n", "X\n" }));
            Assert.That(copy.Heredocs[1].Body.PositionAt(0), Is.EqualTo(new SourcePosition(5, 1)));
            Assert.That(copy.Arguments.Select(a => a.Value), Is.EqualTo(new[] { "<<X", "<<Y", "/dest/" }));
            Assert.That(copy.Span, Is.EqualTo(Span(2, 1, 6, 2)));
        });
    }

    [Test]
    public void File_descriptor_and_space_after_the_marker()
    {
        var syntax = Parse("FROM alpine", "RUN 3<<A cat <&3", "x", "A", "RUN <<  B > /out", "B");

        Assert.Multiple(() =>
        {
            Assert.That(syntax.Instructions[1].Heredocs.Single().FileDescriptor, Is.EqualTo(3));
            Assert.That(syntax.Instructions[2].Heredocs.Single().Name, Is.EqualTo("B"));
            Assert.That(syntax.Instructions[2].Heredocs.Single().Body.Text, Is.Empty);
            Assert.That(syntax.Instructions[2].Heredocs.Single().MarkerSpan, Is.EqualTo(Span(5, 5, 5, 10)));
        });
    }

    [TestCase("RUN [\"<<EOF\"]")]
    [TestCase("RUN \"<<EOF\"")]
    [TestCase("RUN echo a<<EOF")]
    [TestCase("USER <<EOF")]
    [TestCase("RUN echo '<<EOF")]
    public void Not_a_heredoc(string instruction)
    {
        var syntax = Parse("FROM alpine", instruction, "EOF");

        Assert.Multiple(() =>
        {
            Assert.That(syntax.Instructions[1].Heredocs, Is.Empty);
            Assert.That(syntax.Instructions, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public void Heredoc_with_crlf_line_endings_leaves_carriage_returns_out()
    {
        var heredoc = ParseText("FROM alpine\r\nRUN <<EOF\r\necho hi\r\nEOF\r\n").Instructions[1].Heredocs.Single();

        Assert.Multiple(() =>
        {
            Assert.That(heredoc.Body.Text, Is.EqualTo("echo hi\n"));
            Assert.That(heredoc.Body.PositionAt(7), Is.EqualTo(new SourcePosition(3, 8)));
            Assert.That(heredoc.Span, Is.EqualTo(Span(2, 5, 4, 4)));
        });
    }

    [Test]
    public void Onbuild_heredoc_belongs_to_the_instruction_and_its_trigger()
    {
        var onbuild = Parse("FROM alpine", "ONBUILD RUN <<EOF", "make", "EOF").Instructions[1];

        Assert.Multiple(() =>
        {
            Assert.That(onbuild.Heredocs.Single().Body.Text, Is.EqualTo("make\n"));
            Assert.That(onbuild.OnBuild!.Heredocs, Is.SameAs(onbuild.Heredocs));
        });
    }

    [Test]
    public void Heredoc_marker_after_a_continuation()
    {
        var run = Parse("FROM alpine", "RUN --mount=type=cache,target=/var/cache/apk \\", "    <<EOF", "apk add git", "EOF").Instructions[1];

        Assert.Multiple(() =>
        {
            Assert.That(run.Heredocs.Single().MarkerSpan, Is.EqualTo(Span(3, 5, 3, 10)));
            Assert.That(run.Heredocs.Single().Body.PositionAt(0), Is.EqualTo(new SourcePosition(4, 1)));
        });
    }

    [Test]
    public void Unterminated_heredoc_is_an_error_at_its_marker()
    {
        var error = ParseError(Lines("FROM alpine", "RUN python3 <<PY", "print(1)"));

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("unterminated heredoc"));
            Assert.That(error.Span, Is.EqualTo(Span(2, 13, 2, 17)));
        });
    }

    [Test]
    public void Heredoc_is_not_in_the_docker_dump()
    {
        var syntax = Parse("FROM alpine", "COPY <<EOF /etc/motd", "hello", "EOF");

        Assert.That(DockerfileDump.Render(syntax), Is.EqualTo("(from \"alpine\")\n(copy \"<<EOF\" \"/etc/motd\")\n"));
    }
}
