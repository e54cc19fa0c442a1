namespace DockerSecurity.Analysis.Tests.Rules.Images;

public class DKS1007Tests : RuleTest
{
    [Test]
    public void Arg_without_default_is_reported_at_the_variable()
    {
        var finding = Dockerfile("""
            ARG PYTHON_VERSION
            FROM python:{|DKS1007:${PYTHON_VERSION}|}-slim
            """).ShouldReport().Single("DKS1007");
        Assert.That(finding.Message, Is.EqualTo("'${PYTHON_VERSION}' in FROM has no default value, so the base image is unknown until build time and cannot be checked; give the ARG a default (ARG PYTHON_VERSION=<value>)"));
    }

    [Test]
    public void Undeclared_variable_is_reported()
    {
        var finding = Dockerfile("""
            FROM node:{|DKS1007:$NODE_VERSION|}-alpine
            """).ShouldReport().Single("DKS1007");
        Assert.That(finding.Message, Is.EqualTo("'$NODE_VERSION' in FROM is not declared by an ARG before the first FROM, so Docker substitutes an empty string and the base image cannot be checked; declare it with a default (ARG NODE_VERSION=<value>) before the first FROM"));
    }

    [Test]
    public void Default_built_from_an_arg_without_default_is_reported_where_it_is_used()
    {
        var finding = Dockerfile("""
            ARG VERSION
            ARG IMAGE=python:${VERSION}
            FROM {|DKS1007:${IMAGE}|}
            """).ShouldReport().Single("DKS1007");
        Assert.That(finding.Message, Is.EqualTo("'${IMAGE}' in FROM depends on ARG 'VERSION', which has no default value, so the base image is unknown until build time and cannot be checked; give it a default (ARG VERSION=<value>)"));
    }

    [Test]
    public void Every_stage_and_every_variable_is_checked() => Dockerfile("""
        ARG REGISTRY
        ARG TAG
        FROM {|DKS1007:$REGISTRY|}/sdk:{|DKS1007:$TAG|} AS build
        FROM {|DKS1007:${REGISTRY}|}/runtime:1.0.0
        """).ShouldReport();

    [Test]
    public void Multi_line_from_points_at_the_variable_line() => Dockerfile("""
        ARG BASE
        FROM --platform=$BUILDPLATFORM \
            {|DKS1007:${BASE}|} \
            AS build
        """).ShouldReport();

    [Test]
    public void Stage_arg_does_not_count_for_from() => Dockerfile("""
        FROM alpine:3.20.3 AS first
        ARG TAG=3.20.3
        FROM alpine:{|DKS1007:${TAG}|}
        """).ShouldReport();

    [Test]
    public void Guard_defaults_and_platform_args() => Dockerfile("""
        ARG TAG=ltsc2022
        ARG VERSION
        FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:9.0.100-nanoserver-$TAG AS build
        ARG TARGETARCH
        FROM mcr.microsoft.com/dotnet/runtime-deps:9.0.0-$TARGETARCH AS arch
        FROM python:${VERSION:-3.12.8}-slim AS py
        FROM build AS final
        """).ShouldNotReport("DKS1007");

    [Test]
    public void Guard_variable_in_the_stage_name_and_copy_from() => Dockerfile("""
        FROM alpine:3.20.3 AS base
        COPY --from=$OTHER /a /a
        """).ShouldNotReport("DKS1007");
}
