using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Images;

public class DKS1006Tests : RuleTest
{
    [Test]
    public void Toolchain_image_in_the_final_stage_is_reported_on_the_image()
    {
        var finding = Dockerfile("""
            FROM {|DKS1006:golang:1.23.4-bookworm|}
            WORKDIR /src
            COPY . .
            RUN go build -o /app ./cmd/app
            """).ShouldReport().Single("DKS1006");
        Assert.That(finding.Message, Is.EqualTo(
            "'golang:1.23.4-bookworm' is a build toolchain image, so the final image ships its compilers and SDK; build in an earlier stage and copy only the result into a runtime image"));
    }

    [TestCase("mcr.microsoft.com/dotnet/sdk:9.0.101")]
    [TestCase("node:20.18.1-bookworm")]
    [TestCase("maven:3.9.9-eclipse-temurin-21")]
    [TestCase("rust:1.83.0")]
    public void Sdk_images_are_toolchains(string image) => Dockerfile($$"""
        FROM {|DKS1006:{{image}}|}
        """).ShouldReport();

    [Test]
    public void Toolchain_image_reached_through_from_stage() => Dockerfile("""
        ARG GO_VERSION=1.23.4
        FROM {|DKS1006:golang:${GO_VERSION}-alpine|} AS base
        FROM base AS final
        COPY app /app
        """).ShouldReport();

    [Test]
    public void Packages_are_reported_on_their_words_in_the_final_stage()
    {
        var result = Dockerfile("""
            FROM python:3.12.8-slim
            RUN apt-get update && apt-get install --no-install-recommends -y \
                {|DKS1006:build-essential|} \
                {|DKS1006:libpq-dev|} \
                libpq5 \
                && rm -rf /var/lib/apt/lists/*
            """).ShouldReport();
        Assert.That(result.Diagnostics.Where(d => d.Id == "DKS1006").Select(d => d.Message), Is.EqualTo(new[]
        {
            "'build-essential' puts a build toolchain into the final image; install it in a build stage and copy only the result, or remove it in the same RUN",
            "'libpq-dev' puts development headers into the final image; install it in a build stage and install only the runtime library in the final one, or remove it in the same RUN",
        }));
    }

    [Test]
    public void Compilers_of_each_distribution() => Dockerfile("""
        FROM alpine:3.20.3 AS base
        RUN apk add --no-cache {|DKS1006:build-base|} {|DKS1006:musl-dev=1.2.5-r0|} {|DKS1006:go|} {|DKS1006:openjdk17-jdk|}
        RUN apk add --no-cache --virtual .tools {|DKS1006:cmake|} && apk del .other
        FROM base
        RUN yum install -y {|DKS1006:gcc-c++|} {|DKS1006:openssl-devel|} {|DKS1006:dotnet-sdk-8.0|} && yum clean all
        RUN apt-get install -y --no-install-recommends {|DKS1006:gcc-12|} {|DKS1006:"pkg-config"|} {|DKS1006:openjdk-17-jdk-headless|} \
            {|DKS1006:libssl-dev:amd64|} {|DKS1006:golang-1.22|} {|DKS1006:maven|} {|DKS1006:cargo|} {|DKS1006:autoconf|} {|DKS1006:libtool|}
        RUN zypper in -y {|DKS1006:make|} && zypper rm -y gcc
        """).ShouldReport();

    [Test]
    public void Packages_in_sh_c_heredoc_and_conditionals() => Dockerfile("""
        FROM debian:12.8-slim
        RUN sh -c 'apt-get update && apt-get install -y {|DKS1006:gcc|}'
        RUN <<EOF
        set -e
        if [ "$TARGETARCH" = arm64 ]; then
          apt-get install -y {|DKS1006:clang-15|}
        fi
        EOF
        """).ShouldReport();

    [Test]
    public void Removal_in_a_later_run_still_leaves_the_layer() => Dockerfile("""
        FROM debian:12.8-slim
        RUN apt-get update && apt-get install -y --no-install-recommends {|DKS1006:gcc|} && rm -rf /var/lib/apt/lists/*
        RUN pip install --no-cache-dir psycopg2==2.9.10
        RUN apt-get purge -y gcc
        """).ShouldReport();

    [Test]
    public void Removal_before_the_install_does_not_count() => Dockerfile("""
        FROM debian:12.8-slim
        RUN apt-get purge -y gcc; apt-get install -y {|DKS1006:gcc|}
        """).ShouldReport();

    [Test]
    public void Guard_builder_stages_may_hold_toolchains() => Dockerfile("""
        FROM golang:1.23.4-bookworm AS build
        RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*
        RUN go build -o /app ./cmd/app
        FROM mcr.microsoft.com/dotnet/sdk:9.0.101 AS dotnet
        RUN dotnet publish -c Release -o /out
        FROM gcr.io/distroless/static-debian12:nonroot
        COPY --from=build /app /app
        """).ShouldNotReport("DKS1006");

    [Test]
    public void Guard_seed_multi_stage_template() =>
        Dockerfile(Build.SeedDockerfiles.SecureTemplate()).ShouldNotReport("DKS1006");

    [Test]
    public void Guard_removed_in_the_same_run() => Dockerfile("""
        FROM python:3.12.8-slim
        RUN apt-get update \
         && apt-get install -y --no-install-recommends build-essential libpq-dev \
         && pip install --no-cache-dir psycopg2==2.9.10 \
         && apt-get purge -y --auto-remove build-essential libpq-dev \
         && rm -rf /var/lib/apt/lists/*
        RUN apk add --no-cache --virtual .build-deps gcc musl-dev libffi-dev \
         && pip install --no-cache-dir cffi==1.17.1 \
         && apk del --no-network .build-deps
        RUN dnf install -y gcc && make && dnf remove -y gcc && dnf clean all
        """).ShouldNotReport("DKS1006");

    [Test]
    public void Guard_official_images_apt_mark_idiom() => Dockerfile("""
        FROM debian:12.8-slim
        RUN set -eux; \
            savedAptMark="$(apt-mark showmanual)"; \
            apt-get update; \
            apt-get install -y --no-install-recommends gcc libc6-dev make wget; \
            make -C /src install; \
            apt-mark auto '.*' > /dev/null; \
            [ -z "$savedAptMark" ] || apt-mark manual $savedAptMark; \
            apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \
            rm -rf /var/lib/apt/lists/*
        """).ShouldNotReport("DKS1006");

    [Test]
    public void Guard_runtime_images_and_runtime_libraries() => Dockerfile("""
        FROM mcr.microsoft.com/dotnet/sdk:9.0.101 AS build
        FROM node:20.18.1-bookworm-slim AS node
        FROM mcr.microsoft.com/dotnet/aspnet:9.0.0
        RUN apt-get update && apt-get install -y --no-install-recommends libpq5 libssl3 udev makedev ca-certificates \
         && rm -rf /var/lib/apt/lists/*
        RUN pip install --no-cache-dir cmake==3.31.2 && npm install -g node-gyp@11.0.0
        RUN echo "apt-get install gcc" && apt-get install -y $BUILD_PACKAGES
        """).ShouldNotReport("DKS1006");

    [Test]
    public void Guard_windows_stage_commands_are_not_read_as_posix_shell() => Dockerfile("""
        # escape=`
        FROM mcr.microsoft.com/dotnet/framework/runtime:4.8.1
        RUN choco install -y make
        """).ShouldNotReport("DKS1006");

    [Test]
    public void Windows_sdk_image_is_a_toolchain() => Dockerfile("""
        # escape=`
        FROM {|DKS1006:mcr.microsoft.com/dotnet/framework/sdk:4.8.1-windowsservercore-ltsc2022|}
        RUN msbuild /p:Configuration=Release
        """).ShouldReport();
}
