using System.Linq;
using DockerSecurity.Analysis.Dockerfiles;
using static DockerSecurity.Analysis.Tests.Dockerfiles.DockerfileText;

namespace DockerSecurity.Analysis.Tests.Dockerfiles;

public class ExpandedArgumentTests
{
    private static DockerfileModel Model(params string[] lines) => DockerfileModel.Create(Parse(lines));

    [Test]
    public void Expose_takes_env_values_and_defaults()
    {
        var model = Model(
            "FROM alpine:3.20.3",
            "ENV HTTP_PORT=8080",
            "EXPOSE $HTTP_PORT ${SSH_PORT:-22} 443/tcp");

        var expose = model.ExpandedArguments(model.FinalStage!.Instructions[1]);
        Assert.Multiple(() =>
        {
            Assert.That(expose.Select(a => a.Value), Is.EqualTo(new[] { "8080", "22", "443/tcp" }));
            Assert.That(expose.Select(a => a.HasUnknownVariables), Is.EqualTo(new[] { false, false, false }));
            Assert.That(expose[1].Span, Is.EqualTo(Span(3, 19, 3, 34)));
        });
    }

    [Test]
    public void User_from_the_base_image_environment_stays_unknown()
    {
        var model = Model(
            "FROM mcr.microsoft.com/dotnet/aspnet:8.0.11",
            "USER $APP_UID",
            "ARG NAME=app",
            "USER ${NAME}:${NAME}");

        var stage = model.FinalStage!;
        var first = model.ExpandedArguments(stage.Instructions[0]).Single();
        var second = model.ExpandedArguments(stage.Instructions[2]).Single();
        Assert.Multiple(() =>
        {
            Assert.That(first.Value, Is.EqualTo("$APP_UID"));
            Assert.That(first.HasUnknownVariables, Is.True);
            Assert.That(second.Value, Is.EqualTo("app:app"));
            Assert.That(second.HasUnknownVariables, Is.False);
        });
    }

    [Test]
    public void Copy_sources_are_expanded_and_flags_left_out()
    {
        var model = Model(
            "FROM alpine:3.20.3",
            "ARG SRC=.",
            "COPY --chown=app:app $SRC /app");

        var copy = model.ExpandedArguments(model.FinalStage!.Instructions[1]);
        Assert.That(copy.Select(a => a.Value), Is.EqualTo(new[] { ".", "/app" }));
    }

    [Test]
    public void Other_instructions_have_none()
    {
        var model = Model("FROM alpine:3.20.3", "RUN echo $HOME");

        Assert.That(model.ExpandedArguments(model.FinalStage!.Instructions[0]), Is.Empty);
    }
}
