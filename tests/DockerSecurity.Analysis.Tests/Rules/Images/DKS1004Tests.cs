namespace DockerSecurity.Analysis.Tests.Rules.Images;

public class DKS1004Tests : RuleTest
{
    [Test]
    public void Full_final_image_is_reported_on_its_reference()
    {
        var finding = Dockerfile("""
            FROM python:3.12.8-slim AS build
            RUN pip wheel -w /wheels .
            FROM {|DKS1004:python:3.12.8|}
            COPY --from=build /wheels /wheels
            """).ShouldReport().Single("DKS1004");
        Assert.That(finding.Message, Is.EqualTo("'python:3.12.8' is a full image with a shell, package manager and tools the application does not need at run time; use a minimal variant (slim, alpine, distroless or chiseled)"));
    }

    [Test]
    public void Final_stage_built_from_a_stage_is_reported_where_the_image_is_named() => Dockerfile("""
        FROM {|DKS1004:ubuntu:24.04|} AS base
        RUN echo configured
        FROM base AS final
        COPY app /app
        """).ShouldReport();

    [Test]
    public void Arg_default_is_substituted() => Dockerfile("""
        ARG NODE_VERSION=20.18.1
        FROM {|DKS1004:node:${NODE_VERSION}|}
        """).ShouldReport();

    [Test]
    public void Windows_server_core_is_not_minimal()
    {
        var finding = Dockerfile("""
            # escape=`
            FROM mcr.microsoft.com/dotnet/sdk:9.0.100-windowsservercore-ltsc2022 AS build
            RUN dotnet publish -o C:\app
            FROM {|DKS1004:mcr.microsoft.com/dotnet/aspnet:9.0.0-windowsservercore-ltsc2022|}
            COPY --from=build C:\app C:\app
            """).ShouldReport().Single("DKS1004");
        Assert.That(finding.Message, Is.EqualTo("'mcr.microsoft.com/dotnet/aspnet:9.0.0-windowsservercore-ltsc2022' is a full Windows Server image with components the application does not need at run time; use a Nano Server variant"));
    }

    [Test]
    public void Multi_line_from_points_at_the_image_line() => Dockerfile("""
        FROM --platform=$TARGETPLATFORM \
            {|DKS1004:debian:bookworm-20241202|} \
            AS runtime
        """).ShouldReport();

    [TestCase("python:3.12.8-slim")]
    [TestCase("node:20.18.1-alpine3.20")]
    [TestCase("gcr.io/distroless/python3-debian12:nonroot")]
    [TestCase("mcr.microsoft.com/dotnet/aspnet:9.0.0-noble-chiseled")]
    [TestCase("mcr.microsoft.com/dotnet/runtime-deps:9.0.0-azurelinux3.0-distroless")]
    [TestCase("mcr.microsoft.com/dotnet/aspnet:9.0.0")]
    [TestCase("mcr.microsoft.com/dotnet/aspnet:9.0.0-nanoserver-ltsc2022")]
    [TestCase("mcr.microsoft.com/windows/nanoserver:ltsc2022")]
    [TestCase("registry.access.redhat.com/ubi9/ubi-minimal:9.5")]
    [TestCase("alpine:3.20.3")]
    [TestCase("scratch")]
    public void Guard_minimal_final_images(string image) => Dockerfile($"""
        FROM {image}
        """).ShouldNotReport("DKS1004");

    [Test]
    public void Guard_build_stages_may_use_full_images() => Dockerfile("""
        FROM mcr.microsoft.com/dotnet/sdk:9.0.100 AS build
        FROM golang:1.23.4 AS tools
        FROM mcr.microsoft.com/dotnet/aspnet:9.0.0-noble-chiseled
        COPY --from=build /app /app
        """).ShouldNotReport("DKS1004");

    [Test]
    public void Guard_unresolved_image_is_dks1007s_business() => Dockerfile("""
        ARG BASE
        FROM ${BASE}
        """).ShouldNotReport("DKS1004");
}

public class DKS1004ComposeTests : RuleTest
{
    [Test]
    public void Full_image_is_reported_at_the_value()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              db:
                image: {|DKS1004:postgres:16.6|}
              cache:
                image: redis:7.4.1-alpine
            """)).ShouldReport().Single("DKS1004");
        Assert.That(finding.Message, Is.EqualTo("'postgres:16.6' is a full image with a shell, package manager and tools the application does not need at run time; use a minimal variant (slim, alpine, distroless or chiseled)"));
    }

    [Test]
    public void Override_file_supplies_the_reported_value() => Compose(
        ("compose.yaml", """
            services:
              web:
                image: nginx:1.27.3-alpine
            """),
        ("compose.override.yaml", """
            services:
              web:
                image: {|DKS1004:"nginx:1.27.3"|}
            """)).ShouldReport();

    [Test]
    public void Guard_built_services_are_checked_in_their_dockerfile() => Compose(
        ("compose.yaml", """
            services:
              api:
                build: ./api
                image: myorg/api:1.0.0
            """),
        ("api/Dockerfile", "FROM python:3.12.8-slim\n")).ShouldNotReport("DKS1004");
}
