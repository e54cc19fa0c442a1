namespace DockerSecurity.Analysis.Tests.Rules.Images;

public class DKS1001Tests : RuleTest
{
    [Test]
    public void Latest_tag_is_reported() => Dockerfile("""
        FROM {|DKS1001:python:latest|}
        """).ShouldReport();

    [Test]
    public void Missing_tag_is_reported_with_its_meaning()
    {
        var finding = Dockerfile("""
            FROM --platform=$BUILDPLATFORM {|DKS1001:node|} AS build
            FROM build
            """).ShouldReport().Single("DKS1001");
        Assert.That(finding.Message, Is.EqualTo("'node' has no tag, so Docker pulls 'latest', which changes without notice: pin a full version tag"));
    }

    [Test]
    public void Every_stage_is_checked() => Dockerfile("""
        FROM {|DKS1001:golang|} AS build
        FROM {|DKS1001:alpine:latest|}
        """).ShouldReport();

    [Test]
    public void Arg_default_is_substituted() => Dockerfile("""
        ARG BASE=python:latest
        FROM {|DKS1001:${BASE}|}
        """).ShouldReport();

    [Test]
    public void Guard_stage_reference_is_not_an_image() => Dockerfile("""
        FROM mcr.microsoft.com/dotnet/sdk:8.0.404 AS build
        FROM build AS final
        """).ShouldNotReport("DKS1001");

    [Test]
    public void Guard_scratch_has_no_tag() => Dockerfile("""
        FROM scratch
        """).ShouldNotReport("DKS1001");

    [Test]
    public void Guard_digest_pins_the_image() => Dockerfile("""
        FROM python@sha256:2f2e1e8c8f5c9b1a0d3b6c7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8
        """).ShouldNotReport("DKS1001");

    [Test]
    public void Guard_full_version() => Dockerfile("""
        FROM python:3.11.7-slim
        """).ShouldNotReport("DKS1001");
}

public class DKS1001ComposeTests : RuleTest
{
    [Test]
    public void Image_without_tag_is_reported_at_the_value() => Compose(("docker-compose.yml", """
        services:
          cache:
            image: {|DKS1001:redis|}
          db:
            image: {|DKS1001:"postgres:latest"|}
        """)).ShouldReport();

    [Test]
    public void Override_file_supplies_the_reported_value() => Compose(
        ("docker-compose.yml", """
            services:
              cache:
                image: redis:7.4.1-alpine
            """),
        ("docker-compose.override.yml", """
            services:
              cache:
                image: {|DKS1001:redis:latest|}
            """)).ShouldReport();

    [Test]
    public void Default_of_a_variable_is_what_an_unset_environment_pulls() => Compose(("compose.yaml", """
        services:
          web:
            image: {|DKS1001:nginx:${NGINX_TAG:-latest}|}
        """)).ShouldReport();

    [Test]
    public void Guard_variable_without_default_and_built_images() => Compose(
        ("compose.yaml", """
            services:
              web:
                image: nginx:${NGINX_TAG}
              api:
                build: ./api
                image: myorg/api
            """),
        ("api/Dockerfile", "FROM python:3.11.7-slim\n")).ShouldNotReport("DKS1001");
}
