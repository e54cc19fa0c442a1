using System.Linq;
using static DockerSecurity.Analysis.Tests.Dockerfiles.DockerfileText;

namespace DockerSecurity.Analysis.Tests.Dockerfiles;

public class KeyValueTests
{
    [Test]
    public void Env_pairs_have_key_and_value_spans_with_quotes_kept()
    {
        var env = Parse("FROM a", "ENV A=1 B=\"two words\"").Instructions[1];

        var b = env.KeyValues[1];
        Assert.Multiple(() =>
        {
            Assert.That(env.KeyValues.Select(p => p.Key), Is.EqualTo(new[] { "A", "B" }));
            Assert.That(b.Value, Is.EqualTo("\"two words\""));
            Assert.That(b.KeySpan, Is.EqualTo(Span(2, 9, 2, 10)));
            Assert.That(b.ValueSpan, Is.EqualTo(Span(2, 11, 2, 22)));
            Assert.That(b.Span, Is.EqualTo(Span(2, 9, 2, 22)));
            Assert.That(b.IsLegacyForm, Is.False);
        });
    }

    [Test]
    public void Legacy_env_takes_the_rest_of_the_line_as_value()
    {
        var env = Parse("FROM a", "ENV PATH /usr/local/bin:$PATH extra").Instructions[1];

        var pair = env.KeyValues.Single();
        Assert.Multiple(() =>
        {
            Assert.That(pair.Key, Is.EqualTo("PATH"));
            Assert.That(pair.Value, Is.EqualTo("/usr/local/bin:$PATH extra"));
            Assert.That(pair.ValueSpan, Is.EqualTo(Span(2, 10, 2, 36)));
            Assert.That(pair.IsLegacyForm, Is.True);
        });
    }

    [Test]
    public void Pairs_of_a_multi_line_env_each_know_their_line()
    {
        var env = Parse("FROM a", "ENV A=1 \\", "    B=2 \\", "    C=3").Instructions[1];

        Assert.That(env.KeyValues.Select(p => p.KeySpan), Is.EqualTo(new[] { Span(2, 5, 2, 6), Span(3, 5, 3, 6), Span(4, 5, 4, 6) }));
    }

    [Test]
    public void Arg_without_default_has_a_null_value()
    {
        var arg = Parse("ARG VERSION", "FROM a").Instructions[0];

        Assert.Multiple(() =>
        {
            Assert.That(arg.KeyValues.Single().Key, Is.EqualTo("VERSION"));
            Assert.That(arg.KeyValues.Single().Value, Is.Null);
            Assert.That(arg.KeyValues.Single().ValueSpan, Is.Null);
        });
    }

    [Test]
    public void Arg_with_empty_default_has_an_empty_value()
    {
        var arg = Parse("ARG VERSION=", "FROM a").Instructions[0];

        Assert.Multiple(() =>
        {
            Assert.That(arg.KeyValues.Single().Value, Is.EqualTo(string.Empty));
            Assert.That(arg.KeyValues.Single().ValueSpan, Is.EqualTo(Span(1, 13, 1, 13)));
        });
    }

    [Test]
    public void Several_args_on_one_line()
    {
        var arg = Parse("ARG A=1 B C=\"x y\"", "FROM a").Instructions[0];

        Assert.That(arg.KeyValues.Select(p => p.ToString()), Is.EqualTo(new[] { "A=1", "B", "C=\"x y\"" }));
    }

    [Test]
    public void Env_mixing_forms_is_a_syntax_error_at_the_word()
    {
        var error = ParseError(Lines("FROM a", "ENV A=1 B"));

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("Syntax error - can't find = in \"B\". Must be of the form: name=value"));
            Assert.That(error.Span, Is.EqualTo(Span(2, 9, 2, 10)));
        });
    }

    [Test]
    public void Label_without_value_is_an_error()
    {
        var error = ParseError(Lines("FROM a", "LABEL version"));

        Assert.That(error.Message, Is.EqualTo("LABEL must have two arguments"));
    }
}
