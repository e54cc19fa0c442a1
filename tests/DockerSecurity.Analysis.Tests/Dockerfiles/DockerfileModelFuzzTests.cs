using System;
using System.Text;
using DockerSecurity.Analysis.Dockerfiles;

namespace DockerSecurity.Analysis.Tests.Dockerfiles;

public class DockerfileModelFuzzTests
{
    private static readonly string[] Pieces =
    {
        "FROM ", "FROM --platform=$X ", " AS ", "ARG ", "ENV ", "USER ", "SHELL ", "HEALTHCHECK ", "COPY --from=", "RUN --mount=from=",
        "ONBUILD ", "a", "b", "0", "1", "=", "$", "${", ":-", ":+", "%", "#", "/", "}", "\"", "'", "[", "]", ",", " ", "\n", "\\\n", "`",
    };

    [Test]
    public void Model_of_random_dockerfiles_never_throws()
    {
        var random = new Random(42);
        for (var round = 0; round < 3000; round++)
        {
            var builder = new StringBuilder();
            for (var i = random.Next(1, 50); i > 0; i--)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var text = builder.ToString();
            var syntax = DockerfileParser.Parse(text).Syntax;
            if (syntax is null)
            {
                continue;
            }

            Assert.That(() =>
            {
                var model = DockerfileModel.Create(syntax);
                foreach (var stage in model.Stages)
                {
                    model.StageGraph.StagesNeededFor(stage);
                    foreach (var instruction in stage.Instructions)
                    {
                        stage.ShellAt(instruction);
                    }
                }
            }, Throws.Nothing, text);
        }
    }

    [Test]
    public void Many_stages_are_modelled_in_linear_time()
    {
        var builder = new StringBuilder("ARG V=1\n");
        for (var i = 0; i < 20000; i++)
        {
            builder.Append("FROM alpine:3.20 AS s").Append(i).Append('\n');
            builder.Append("COPY --from=s").Append(i / 2).Append(" /a /b\n");
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var model = DockerfileModel.Create(DockerfileParser.Parse(builder.ToString()).Syntax!);
        var needed = model.StageGraph.StagesNeededFor(model.FinalStage!);

        Assert.Multiple(() =>
        {
            Assert.That(model.Stages, Has.Count.EqualTo(20000));
            Assert.That(needed, Has.Count.EqualTo(16));
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        });
    }
}
