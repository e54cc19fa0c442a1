using System.Linq;
using DockerSecurity.Analysis.Dockerfiles;
using static DockerSecurity.Analysis.Tests.Dockerfiles.DockerfileText;

namespace DockerSecurity.Analysis.Tests.Dockerfiles;

public class DockerfileModelTests
{
    private static DockerfileModel Model(params string[] lines) => DockerfileModel.Create(Parse(lines));

    [Test]
    public void Base_image_traits_follow_from_stage_to_the_image_and_are_looked_up_once()
    {
        var model = Model(
            "FROM mcr.microsoft.com/dotnet/sdk:8.0.404 AS build",
            "FROM build AS test",
            "FROM test",
            "FROM ${MISSING}");

        var (build, test, final, unresolved) = (model.Stages[0], model.Stages[1], model.Stages[2], model.Stages[3]);
        Assert.Multiple(() =>
        {
            Assert.That(build.BaseImageTraits.IsToolchain, Is.True);
            Assert.That(final.BaseImageTraits, Is.SameAs(build.BaseImageTraits));
            Assert.That(test.BaseImageTraits, Is.SameAs(build.BaseImageTraits));
            Assert.That(unresolved.BaseImageTraits, Is.SameAs(DockerSecurity.Analysis.Images.ImageTraits.Unknown));
        });
    }

    [Test]
    public void Stages_with_names_images_and_final_stage()
    {
        var model = Model(
            "FROM mcr.microsoft.com/dotnet/sdk:8.0.404 AS build",
            "RUN dotnet publish -o /out",
            "FROM mcr.microsoft.com/dotnet/aspnet:8.0.11-noble-chiseled AS Final",
            "COPY --from=build /out /app");

        var build = model.Stages[0];
        var final = model.Stages[1];
        Assert.Multiple(() =>
        {
            Assert.That(model.Stages, Has.Count.EqualTo(2));
            Assert.That(build.Index, Is.EqualTo(0));
            Assert.That(build.Name, Is.EqualTo("build"));
            Assert.That(build.NameSpan, Is.EqualTo(Span(1, 46, 1, 51)));
            Assert.That(build.BaseImage!.Repository, Is.EqualTo("dotnet/sdk"));
            Assert.That(build.BaseStage, Is.Null);
            Assert.That(build.Instructions.Single().Keyword, Is.EqualTo("RUN"));
            Assert.That(build.IsFinal, Is.False);
            Assert.That(model.FinalStage, Is.SameAs(final));
            Assert.That(final.IsFinal, Is.True);
            Assert.That(final.BaseImage!.Tag, Is.EqualTo("8.0.11-noble-chiseled"));
            Assert.That(model.FindStage("FINAL"), Is.SameAs(final));
            Assert.That(model.FindStage("0"), Is.SameAs(build));
            Assert.That(model.FindStage("nope"), Is.Null);
            Assert.That(model.StageOf(final.Instructions[0]), Is.SameAs(final));
            Assert.That(model.StageOf(final.From), Is.SameAs(final));
        });
    }

    [Test]
    public void From_an_earlier_stage_is_a_stage_not_an_image()
    {
        var model = Model("FROM node:22.11.0 AS base", "FROM BASE AS final");

        var final = model.Stages[1];
        Assert.Multiple(() =>
        {
            Assert.That(final.BaseStage, Is.SameAs(model.Stages[0]));
            Assert.That(final.BaseImage, Is.Null);
            Assert.That(final.References.Single().Kind, Is.EqualTo(StageReferenceKind.From));
            Assert.That(final.References.Single().Target, Is.SameAs(model.Stages[0]));
        });
    }

    [Test]
    public void From_a_later_stage_name_is_an_image()
    {
        var model = Model("FROM later AS first", "FROM alpine:3.20 AS later");

        Assert.Multiple(() =>
        {
            Assert.That(model.Stages[0].BaseStage, Is.Null);
            Assert.That(model.Stages[0].BaseImage!.FamiliarName, Is.EqualTo("later"));
        });
    }

    [Test]
    public void Global_arg_default_is_substituted_into_from()
    {
        var model = Model(
            "ARG NODE_VERSION=22.11.0",
            "ARG VARIANT=\"alpine3.20\"",
            "FROM node:${NODE_VERSION}-$VARIANT");

        var stage = model.Stages.Single();
        Assert.Multiple(() =>
        {
            Assert.That(model.GlobalArgs.Select(a => a.ToString()), Is.EqualTo(new[] { "NODE_VERSION=22.11.0", "VARIANT=alpine3.20" }));
            Assert.That(stage.BaseImageText, Is.EqualTo("node:22.11.0-alpine3.20"));
            Assert.That(stage.BaseImage!.Tag, Is.EqualTo("22.11.0-alpine3.20"));
            Assert.That(stage.BaseImageVariables.Select(v => (v.Name, v.Resolution)), Is.EqualTo(new[]
            {
                ("NODE_VERSION", VariableResolution.Resolved),
                ("VARIANT", VariableResolution.Resolved),
            }));
            Assert.That(stage.BaseImageVariables[0].Span, Is.EqualTo(Span(3, 11, 3, 26)));
            Assert.That(stage.BaseImageVariables[1].Span, Is.EqualTo(Span(3, 27, 3, 35)));
        });
    }

    [Test]
    public void Arg_without_default_in_from_is_unresolved_and_flagged()
    {
        var model = Model("ARG PYTHON_VERSION", "FROM python:${PYTHON_VERSION}-slim");

        var stage = model.Stages.Single();
        var variable = stage.BaseImageVariables.Single();
        Assert.Multiple(() =>
        {
            Assert.That(stage.BaseImageText, Is.EqualTo("python:${PYTHON_VERSION}-slim"));
            Assert.That(stage.BaseImage!.HasUnresolvedVariables, Is.True);
            Assert.That(variable.Name, Is.EqualTo("PYTHON_VERSION"));
            Assert.That(variable.Resolution, Is.EqualTo(VariableResolution.NoDefault));
            Assert.That(variable.IsUnresolved, Is.True);
            Assert.That(variable.Span, Is.EqualTo(Span(2, 13, 2, 30)));
            Assert.That(model.GlobalArgs.Single().HasDefault, Is.False);
            Assert.That(model.GlobalArgs.Single().DefaultValue, Is.Null);
        });
    }

    [Test]
    public void Undeclared_variable_in_from_is_unresolved()
    {
        var stage = Model("FROM $REGISTRY/app:1.0").Stages.Single();

        Assert.Multiple(() =>
        {
            Assert.That(stage.BaseImageVariables.Single().Resolution, Is.EqualTo(VariableResolution.Undeclared));
            Assert.That(stage.BaseImageText, Is.EqualTo("$REGISTRY/app:1.0"));
        });
    }

    [Test]
    public void Default_in_the_reference_is_used_when_the_arg_has_none()
    {
        var stage = Model("ARG TAG", "FROM alpine:${TAG:-3.20.3}").Stages.Single();

        Assert.Multiple(() =>
        {
            Assert.That(stage.BaseImageText, Is.EqualTo("alpine:3.20.3"));
            Assert.That(stage.BaseImage!.Tag, Is.EqualTo("3.20.3"));
            Assert.That(stage.BaseImageVariables.Single().Resolution, Is.EqualTo(VariableResolution.DefaultUsed));
            Assert.That(stage.BaseImageVariables.Single().IsUnresolved, Is.False);
        });
    }

    [Test]
    public void Colon_dash_default_is_ignored_when_the_arg_has_a_value()
    {
        var stage = Model("ARG TAG=3.19", "FROM alpine:${TAG:-3.20}").Stages.Single();

        Assert.That(stage.BaseImageText, Is.EqualTo("alpine:3.19"));
    }

    [Test]
    public void Colon_plus_gives_the_alternative_when_set()
    {
        var model = Model("ARG SLIM=1", "ARG NONE", "FROM python:3.12${SLIM:+-slim}", "FROM python:3.12${EMPTY:+-slim}");

        Assert.Multiple(() =>
        {
            Assert.That(model.Stages[0].BaseImageText, Is.EqualTo("python:3.12-slim"));
            Assert.That(model.Stages[1].BaseImageText, Is.EqualTo("python:3.12${EMPTY:+-slim}"));
            Assert.That(model.Stages[1].BaseImageVariables.Single().Resolution, Is.EqualTo(VariableResolution.Undeclared));
        });
    }

    [Test]
    public void Global_arg_built_from_an_unknown_one_carries_the_unknown_one()
    {
        var stage = Model("ARG VERSION", "ARG TAG=${VERSION}-slim", "FROM python:$TAG").Stages.Single();

        Assert.Multiple(() =>
        {
            Assert.That(stage.BaseImageText, Is.EqualTo("python:${VERSION}-slim"));
            Assert.That(stage.BaseImageVariables.Select(v => (v.Name, v.Resolution)), Is.EqualTo(new[]
            {
                ("TAG", VariableResolution.Resolved),
                ("VERSION", VariableResolution.NoDefault),
            }));
            Assert.That(stage.BaseImageVariables[1].Span, Is.EqualTo(Span(3, 13, 3, 17)));
        });
    }

    [Test]
    public void Stage_args_are_not_visible_in_from()
    {
        var model = Model("FROM alpine:3.20 AS a", "ARG TAG=1.0", "FROM busybox:$TAG");

        Assert.Multiple(() =>
        {
            Assert.That(model.Stages[0].Args.Single().DefaultValue, Is.EqualTo("1.0"));
            Assert.That(model.Stages[1].BaseImageVariables.Single().Resolution, Is.EqualTo(VariableResolution.Undeclared));
        });
    }

    [Test]
    public void Stage_arg_without_default_takes_the_global_value()
    {
        var model = Model("ARG APP_USER=app", "FROM alpine:3.20", "ARG APP_USER", "USER $APP_USER");

        var stage = model.Stages.Single();
        Assert.Multiple(() =>
        {
            Assert.That(stage.Args.Single().DefaultValue, Is.EqualTo("app"));
            Assert.That(stage.Args.Single().IsGlobal, Is.False);
            Assert.That(stage.EffectiveUserName, Is.EqualTo("app"));
        });
    }

    [Test]
    public void Global_arg_is_not_visible_in_a_stage_without_redeclaration()
    {
        var stage = Model("ARG APP_USER=app", "FROM alpine:3.20", "USER $APP_USER").Stages.Single();

        Assert.That(stage.EffectiveUserName, Is.EqualTo("$APP_USER"));
    }

    [Test]
    public void Env_wins_over_arg_and_pairs_of_one_env_see_earlier_values()
    {
        var stage = Model(
            "FROM alpine:3.20",
            "ARG U=fromarg",
            "ENV U=fromenv",
            "ARG U=again",
            "ENV NAME=first",
            "ENV NAME=second OTHER=$NAME",
            "USER ${U}:${OTHER}").Stages.Single();

        Assert.That(stage.EffectiveUserName, Is.EqualTo("fromenv:first"));
    }

    [Test]
    public void Builtin_platform_args_are_known_to_exist_but_not_their_value()
    {
        var stage = Model("FROM --platform=$BUILDPLATFORM golang:1.23.3 AS build").Stages.Single();

        Assert.Multiple(() =>
        {
            Assert.That(stage.Platform!.Value, Is.EqualTo("$BUILDPLATFORM"));
            Assert.That(stage.PlatformText, Is.EqualTo("$BUILDPLATFORM"));
            Assert.That(stage.BaseImage!.Tag, Is.EqualTo("1.23.3"));
            Assert.That(stage.BaseImageVariables, Is.Empty);
        });
    }

    [Test]
    public void Builtin_arg_in_from_is_not_an_unresolved_arg()
    {
        var stage = Model("FROM ${TARGETARCH}/alpine:3.20").Stages.Single();

        Assert.Multiple(() =>
        {
            Assert.That(stage.BaseImageVariables.Single().Resolution, Is.EqualTo(VariableResolution.BuiltIn));
            Assert.That(stage.BaseImageVariables.Single().IsUnresolved, Is.False);
        });
    }

    [Test]
    public void Platform_flag_uses_global_args()
    {
        var stage = Model("ARG PLATFORM=linux/amd64", "FROM --platform=${PLATFORM} alpine:3.20").Stages.Single();

        Assert.That(stage.PlatformText, Is.EqualTo("linux/amd64"));
    }

    [Test]
    public void Effective_user_is_the_last_user_or_inherited_from_the_base_stage()
    {
        var model = Model(
            "FROM alpine:3.20 AS base",
            "USER root",
            "RUN apk add curl",
            "USER app",
            "FROM base AS final",
            "RUN echo hi",
            "FROM alpine:3.20 AS other");

        Assert.Multiple(() =>
        {
            Assert.That(model.Stages[0].EffectiveUser!.Span.StartLine, Is.EqualTo(4));
            Assert.That(model.Stages[0].EffectiveUserName, Is.EqualTo("app"));
            Assert.That(model.Stages[1].EffectiveUser, Is.SameAs(model.Stages[0].EffectiveUser));
            Assert.That(model.Stages[1].EffectiveUserName, Is.EqualTo("app"));
            Assert.That(model.Stages[2].EffectiveUser, Is.Null);
            Assert.That(model.Stages[2].EffectiveUserName, Is.Null);
        });
    }

    [Test]
    public void Healthcheck_is_the_last_one_or_inherited()
    {
        var model = Model(
            "FROM alpine:3.20 AS base",
            "HEALTHCHECK CMD wget -qO- http://localhost/health || exit 1",
            "FROM base AS final",
            "FROM base AS quiet",
            "HEALTHCHECK NONE",
            "FROM alpine:3.20");

        Assert.Multiple(() =>
        {
            Assert.That(model.Stages[1].Healthcheck, Is.SameAs(model.Stages[0].Healthcheck));
            Assert.That(model.Stages[2].Healthcheck!.Arguments[0].Value, Is.EqualTo("NONE"));
            Assert.That(model.Stages[3].Healthcheck, Is.Null);
        });
    }

    [Test]
    public void Shell_defaults_changes_and_is_inherited()
    {
        var model = Model(
            "FROM alpine:3.20 AS base",
            "RUN echo one",
            "SHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]",
            "RUN echo two",
            "FROM base",
            "RUN echo three",
            "FROM alpine:3.20");

        var first = model.Stages[0];
        Assert.Multiple(() =>
        {
            Assert.That(first.ShellAt(first.Instructions[0]), Is.EqualTo(new[] { "/bin/sh", "-c" }));
            Assert.That(first.ShellAt(first.Instructions[2]), Is.EqualTo(new[] { "/bin/bash", "-eo", "pipefail", "-c" }));
            Assert.That(first.Shell, Is.EqualTo(new[] { "/bin/bash", "-eo", "pipefail", "-c" }));
            Assert.That(model.Stages[1].ShellAt(model.Stages[1].Instructions[0]), Is.EqualTo(new[] { "/bin/bash", "-eo", "pipefail", "-c" }));
            Assert.That(model.Stages[2].Shell, Is.EqualTo(Stage.DefaultShell));
        });
    }

    [Test]
    public void Copy_from_references_stage_by_name_index_or_image()
    {
        var model = Model(
            "FROM golang:1.23.3 AS Build",
            "FROM alpine:3.20 AS assets",
            "FROM gcr.io/distroless/static-debian12:nonroot",
            "COPY --from=build /out/app /app",
            "COPY --from=1 /assets /assets",
            "COPY --from=nginx:1.27.2 /etc/nginx/nginx.conf /etc/nginx/",
            "RUN --mount=type=bind,from=assets,source=/x,target=/y true");

        var final = model.FinalStage!;
        var copies = final.References.Where(r => r.Kind == StageReferenceKind.CopyFrom).ToList();
        var mount = final.References.Single(r => r.Kind == StageReferenceKind.MountFrom);
        Assert.Multiple(() =>
        {
            Assert.That(copies[0].Target, Is.SameAs(model.Stages[0]));
            Assert.That(copies[0].Span, Is.EqualTo(Span(4, 13, 4, 18)));
            Assert.That(copies[1].Target, Is.SameAs(model.Stages[1]));
            Assert.That(copies[2].Target, Is.Null);
            Assert.That(copies[2].Image!.Tag, Is.EqualTo("1.27.2"));
            Assert.That(mount.Target, Is.SameAs(model.Stages[1]));
            Assert.That(mount.Span, Is.EqualTo(Span(7, 28, 7, 34)));
            Assert.That(model.StageGraph.DependenciesOf(final), Is.EqualTo(new[] { model.Stages[0], model.Stages[1] }));
            Assert.That(model.StageGraph.DependentsOf(model.Stages[0]), Is.EqualTo(new[] { final }));
        });
    }

    [Test]
    public void Stages_needed_for_the_final_stage_exclude_unused_ones()
    {
        var model = Model(
            "FROM alpine:3.20 AS base",
            "FROM base AS build",
            "FROM alpine:3.20 AS test",
            "FROM alpine:3.20 AS final",
            "COPY --from=build /a /a");

        Assert.Multiple(() =>
        {
            Assert.That(model.StageGraph.StagesNeededFor(model.FinalStage!).Select(s => s.Name), Is.EqualTo(new[] { "base", "build", "final" }));
            Assert.That(model.StageGraph.IsNeededFor(model.Stages[2], model.FinalStage!), Is.False);
        });
    }

    [Test]
    public void Copy_from_can_use_a_stage_arg()
    {
        var model = Model("FROM alpine:3.20 AS builder", "FROM alpine:3.20", "ARG SRC=builder", "COPY --from=$SRC /a /a");

        Assert.That(model.FinalStage!.References.Single(r => r.Kind == StageReferenceKind.CopyFrom).Target, Is.SameAs(model.Stages[0]));
    }

    [Test]
    public void Instructions_before_the_first_from_other_than_arg_are_kept_apart()
    {
        var model = Model("ARG A=1", "RUN echo early", "FROM alpine:3.20");

        Assert.Multiple(() =>
        {
            Assert.That(model.GlobalArgs, Has.Count.EqualTo(1));
            Assert.That(model.InstructionsBeforeFirstStage.Single().Keyword, Is.EqualTo("RUN"));
            Assert.That(model.StageOf(model.InstructionsBeforeFirstStage[0]), Is.Null);
        });
    }

    [Test]
    public void Scratch_base_image()
    {
        var stage = Model("FROM scratch", "COPY app /app").Stages.Single();

        Assert.That(stage.BaseImage!.IsScratch, Is.True);
    }

    [Test]
    public void File_without_from_has_no_stages()
    {
        var model = Model("ARG A=1");

        Assert.Multiple(() =>
        {
            Assert.That(model.Stages, Is.Empty);
            Assert.That(model.FinalStage, Is.Null);
        });
    }

    [Test]
    public void Bad_substitution_leaves_the_text_as_written()
    {
        var stage = Model("FROM alpine:${TAG").Stages.Single();

        Assert.Multiple(() =>
        {
            Assert.That(stage.BaseImageText, Is.EqualTo("alpine:${TAG"));
            Assert.That(stage.BaseImage!.HasUnresolvedVariables, Is.True);
        });
    }

    [Test]
    public void Pattern_substitutions_apply_to_known_values()
    {
        var model = Model(
            "ARG FULL=3.12.7-slim",
            "FROM python:${FULL%-*}",
            "FROM python:${FULL#*.}",
            "FROM python:${FULL/slim/alpine}");

        Assert.That(model.Stages.Select(s => s.BaseImageText), Is.EqualTo(new[] { "python:3.12.7", "python:12.7-slim", "python:3.12.7-alpine" }));
    }

    [Test]
    public void Windows_escape_token_is_used_for_expansion()
    {
        var syntax = ParseText("# escape=`\nARG TAG=ltsc2022\nFROM mcr.microsoft.com/windows/servercore:$TAG\n");

        Assert.That(DockerfileModel.Create(syntax).Stages.Single().BaseImage!.Tag, Is.EqualTo("ltsc2022"));
    }
}
