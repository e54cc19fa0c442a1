using System.Linq;
using DockerSecurity.Analysis.Text;
using static DockerSecurity.Analysis.Tests.Dockerfiles.DockerfileText;

namespace DockerSecurity.Analysis.Tests.Dockerfiles;

public class FlagTests
{
    [Test]
    public void Flag_name_value_and_spans()
    {
        var copy = Parse("FROM a", "COPY --from=build --chown=app:app src/ /app/").Instructions[1];

        var from = copy.Flags[0];
        var chown = copy.Flags[1];
        Assert.Multiple(() =>
        {
            Assert.That(from.Text, Is.EqualTo("--from=build"));
            Assert.That(from.Name, Is.EqualTo("from"));
            Assert.That(from.Value, Is.EqualTo("build"));
            Assert.That(from.Span, Is.EqualTo(Span(2, 6, 2, 18)));
            Assert.That(from.ValueSpan, Is.EqualTo(Span(2, 13, 2, 18)));
            Assert.That(chown.Value, Is.EqualTo("app:app"));
            Assert.That(chown.ValueSpan, Is.EqualTo(Span(2, 27, 2, 34)));
            Assert.That(copy.Arguments.Select(a => a.Value), Is.EqualTo(new[] { "src/", "/app/" }));
            Assert.That(copy.Arguments[0].Span, Is.EqualTo(Span(2, 35, 2, 39)));
        });
    }

    [Test]
    public void Flag_without_value_has_no_value_span()
    {
        var copy = Parse("FROM a", "COPY --link a b").Instructions[1];

        Assert.Multiple(() =>
        {
            Assert.That(copy.Flags.Single().Name, Is.EqualTo("link"));
            Assert.That(copy.Flags.Single().Value, Is.Null);
            Assert.That(copy.Flags.Single().ValueSpan, Is.Null);
        });
    }

    [Test]
    public void Quoted_flag_value_loses_its_quotes_but_its_span_covers_them()
    {
        var run = Parse("FROM a", "RUN --mount=\"type=cache,target=/root/.cache\" pip install x").Instructions[1];

        var mount = run.GetFlag("mount")!;
        Assert.Multiple(() =>
        {
            Assert.That(mount.Value, Is.EqualTo("type=cache,target=/root/.cache"));
            Assert.That(mount.ValueSpan, Is.EqualTo(Span(2, 13, 2, 45)));
            Assert.That(run.CommandText!.Text, Is.EqualTo("pip install x"));
        });
    }

    [Test]
    public void Flag_on_a_continuation_line_has_its_own_line()
    {
        var run = Parse("FROM a", "RUN \\", "  --network=none \\", "  make").Instructions[1];

        Assert.Multiple(() =>
        {
            Assert.That(run.Flags.Single().Span, Is.EqualTo(Span(3, 3, 3, 17)));
            Assert.That(run.CommandText!.Text, Is.EqualTo("make"));
            Assert.That(run.CommandText.PositionAt(0), Is.EqualTo(new SourcePosition(4, 3)));
        });
    }

    [Test]
    public void Double_dash_ends_the_flags()
    {
        var copy = Parse("FROM a", "COPY --chown=1 -- --weird-name /dst").Instructions[1];

        Assert.Multiple(() =>
        {
            Assert.That(copy.Flags.Select(f => f.Text), Is.EqualTo(new[] { "--chown=1" }));
            Assert.That(copy.Arguments.Select(a => a.Value), Is.EqualTo(new[] { "--weird-name", "/dst" }));
        });
    }

    [Test]
    public void Repeated_flag_is_found_last()
    {
        var run = Parse("FROM a", "RUN --mount=type=secret,id=a --mount=type=cache,target=/c make").Instructions[1];

        Assert.Multiple(() =>
        {
            Assert.That(run.Flags, Has.Count.EqualTo(2));
            Assert.That(run.GetFlag("mount")!.Value, Is.EqualTo("type=cache,target=/c"));
        });
    }
}
