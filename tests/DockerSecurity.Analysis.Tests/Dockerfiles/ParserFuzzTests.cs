using System;
using System.Collections.Generic;
using System.Text;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Dockerfiles;

/// <summary>Garbage in: never an exception, never an internal error, spans always inside the file.</summary>
public class ParserFuzzTests
{
    private static readonly string[] Pieces =
    {
        "FROM ", "RUN ", "COPY ", "ADD ", "ENV ", "ARG ", "LABEL ", "ONBUILD ", "HEALTHCHECK ", "CMD ", "SHELL ", "USER ",
        "\\", "`", "\n", "\r\n", "\r", "\t", " ", "#", "# escape=`\n", "# syntax=x\n", "<<", "<<-", "EOF", "'", "\"", "[", "]",
        "{", "}", ",", ":", "=", "--", "--from=", "$", "${", "${A:-", "}", "\u00A0", "\u2028", "\uD83D\uDE00", "é", "\0", "0", "1", "x",
    };

    [Test]
    public void Random_piece_soup_never_fails_internally()
    {
        var random = new Random(20260101);
        for (var round = 0; round < 3000; round++)
        {
            var builder = new StringBuilder();
            var count = random.Next(1, 40);
            for (var i = 0; i < count; i++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            Check(builder.ToString());
        }
    }

    [Test]
    public void Random_characters_never_fail_internally()
    {
        var random = new Random(7);
        for (var round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(0, 200)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) == 0 ? (char)random.Next(0, 0x80) : (char)random.Next(0, 0xFFFF);
            }

            Check(new string(chars));
        }
    }

    [Test]
    public void Random_bytes_decoded_leniently_never_fail_internally()
    {
        var random = new Random(11);
        for (var round = 0; round < 1000; round++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            Check("FROM a\n" + Encoding.UTF8.GetString(bytes));
        }
    }

    [TestCase(200000)]
    public void Deep_nesting_does_not_exhaust_the_stack(int depth)
    {
        Check("FROM a\nCMD " + new string('[', depth) + "\n");
        Check("FROM a\nRUN <<" + Repeat("${a:-", depth / 10) + "\nx\n");
        Check("FROM a\n" + Repeat("ONBUILD ", 5000) + "RUN x\n");
    }

    [Test]
    public void Pathological_inputs_are_parsed_in_linear_time()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Check("FROM a\n" + Repeat("RUN a \\\n", 20000) + "b\n");
        Check("FROM a\nENV " + Repeat("a=\"b c\" ", 7000) + "\n");
        Check("FROM a\nRUN " + Repeat("<<A ", 10000) + "\n");
        Check(Repeat("# comment\n", 50000) + "FROM a\n");
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    private static string Repeat(string value, int count)
    {
        var builder = new StringBuilder(value.Length * count);
        for (var i = 0; i < count; i++)
        {
            builder.Append(value);
        }

        return builder.ToString();
    }

    private static void Check(string text)
    {
        DockerfileParseResult result = null!;
        Assert.That(() => result = DockerfileParser.Parse(new SourceFile("Dockerfile", text)), Throws.Nothing, () => Describe(text));
        var lines = text.Split('\n').Length;
        if (result.Error is not null)
        {
            Assert.That(result.Error.Message, Does.Not.StartWith("internal parser error"), () => Describe(text));
            AssertInside(result.Error.Span, lines, text);
            return;
        }

        var syntax = result.Syntax!;
        Assert.That(() => DockerfileDump.Render(syntax), Throws.Nothing, () => Describe(text));
        foreach (var instruction in syntax.Instructions)
        {
            foreach (var span in Spans(instruction))
            {
                AssertInside(span, lines, text);
            }
        }
    }

    private static IEnumerable<SourceSpan> Spans(Instruction instruction)
    {
        yield return instruction.Span;
        yield return instruction.KeywordSpan;
        foreach (var flag in instruction.Flags)
        {
            yield return flag.Span;
        }

        foreach (var argument in instruction.Arguments)
        {
            yield return argument.Span;
        }

        foreach (var pair in instruction.KeyValues)
        {
            yield return pair.Span;
        }

        foreach (var heredoc in instruction.Heredocs)
        {
            yield return heredoc.Span;
        }

        if (instruction.OnBuild is not null)
        {
            foreach (var span in Spans(instruction.OnBuild))
            {
                yield return span;
            }
        }
    }

    private static void AssertInside(SourceSpan span, int lines, string text)
    {
        Assert.That(span.StartLine >= 1 && span.StartColumn >= 1 && span.End.CompareTo(span.Start) >= 0 && span.EndLine <= lines + 1, Is.True, () => span + " in " + Describe(text));
    }

    private static string Describe(string text) => GoQuote(text.Length > 300 ? text.Substring(0, 300) + "..." : text);

    private static string GoQuote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString());
        }

        return builder.Append('"').ToString();
    }
}
