using DockerSecurity.Analysis;

namespace DockerSecurity.Analysis.Tests.Rules.Images;

public class DKS1005Tests : RuleTest
{
    private static readonly RuleSettings Trusted = new() { TrustedRegistries = new[] { "mcr.microsoft.com", "*.azurecr.io" } };

    [Test]
    public void Image_from_another_registry_is_reported()
    {
        var finding = Dockerfile("""
            FROM {|DKS1005:public.ecr.aws/docker/library/python:3.12.8-slim|}
            """, Trusted).ShouldReport().Single("DKS1005");
        Assert.That(finding.Message, Is.EqualTo("'public.ecr.aws/docker/library/python:3.12.8-slim' comes from 'public.ecr.aws', which is not in DockerSecurityTrustedRegistries (mcr.microsoft.com;*.azurecr.io); use an image from a trusted registry or mirror it into one"));
    }

    [Test]
    public void Docker_hub_images_come_from_docker_io()
    {
        var finding = Dockerfile("""
            FROM mcr.microsoft.com/dotnet/sdk:9.0.100 AS build
            FROM {|DKS1005:python:3.12.8-slim|}
            """, Trusted).ShouldReport().Single("DKS1005");
        Assert.That(finding.Message, Does.Contain("comes from 'docker.io'"));
    }

    [Test]
    public void Every_pulled_image_is_checked_copy_from_and_mount_from_included() => Dockerfile("""
        ARG TOOLS=ghcr.io/org/tools:1.2.3
        FROM {|DKS1005:${TOOLS}|} AS tools
        FROM mcr.microsoft.com/dotnet/aspnet:9.0.0
        COPY --from={|DKS1005:docker.io/library/busybox:1.37.0|} /bin/busybox /busybox
        RUN --mount=type=bind,from={|DKS1005:quay.io/org/certs:1.0.0|},target=/certs cp /certs/* /etc/ssl/
        COPY --from=tools /bin/tool /tool
        """, Trusted).ShouldReport();

    [Test]
    public void Multi_line_from_points_at_the_image_line() => Dockerfile("""
        FROM --platform=$BUILDPLATFORM \
            {|DKS1005:golang:1.23.4|} \
            AS build
        """, Trusted).ShouldReport();

    [TestCase("docker.io")]
    [TestCase("index.docker.io")]
    [TestCase("DOCKER.IO")]
    [TestCase("docker.io/library")]
    public void Guard_docker_hub_spellings(string entry) => Dockerfile("""
        FROM python:3.12.8-slim
        """, new RuleSettings { TrustedRegistries = new[] { entry } }).ShouldNotReport("DKS1005");

    [Test]
    public void Path_entries_trust_only_repositories_below_them() => Dockerfile("""
        FROM ghcr.io/myorg/base:1.2.3 AS base
        FROM ghcr.io/myorg/team/runtime:1.2.3 AS runtime
        FROM {|DKS1005:ghcr.io/other/base:1.2.3|}
        FROM {|DKS1005:ghcr.io/myorganisation/base:1.2.3|}
        """, new RuleSettings { TrustedRegistries = new[] { "ghcr.io/myorg" } }).ShouldReport();

    [Test]
    public void Wildcard_matches_within_a_host_name() => Dockerfile("""
        FROM contoso.azurecr.io/app/base:1.0.0 AS a
        FROM west.contoso.azurecr.io/app/base:1.0.0 AS b
        FROM {|DKS1005:azurecr.io/app/base:1.0.0|} AS c
        FROM {|DKS1005:contoso.azurecr.io.evil.com/app/base:1.0.0|}
        """, Trusted).ShouldReport();

    [Test]
    public void Guard_rule_is_off_without_a_list() => Dockerfile("""
        FROM public.ecr.aws/docker/library/python:3.12.8-slim
        """).ShouldNotReport("DKS1005");

    [Test]
    public void Guard_blank_entries_do_not_turn_the_rule_on() => Dockerfile("""
        FROM python:3.12.8-slim
        """, new RuleSettings { TrustedRegistries = new[] { " ", "" } }).ShouldNotReport("DKS1005");

    [Test]
    public void Guard_scratch_stages_and_unresolved_images() => Dockerfile("""
        ARG REGISTRY
        FROM mcr.microsoft.com/dotnet/sdk:9.0.100 AS build
        FROM ${REGISTRY}/base:1.0.0 AS other
        FROM scratch
        COPY --from=build /app /app
        COPY --from=${REGISTRY}/tools:1.0.0 /tool /tool
        """, Trusted).ShouldNotReport("DKS1005");

    [Test]
    public void Guard_registry_with_port() => Dockerfile("""
        FROM localhost:5000/base:1.0.0
        """, new RuleSettings { TrustedRegistries = new[] { "localhost:5000" } }).ShouldNotReport("DKS1005");
}

public class DKS1005ComposeTests : RuleTest
{
    private static readonly RuleSettings Trusted = new() { TrustedRegistries = new[] { "mcr.microsoft.com", "*.azurecr.io" } };

    [Test]
    public void Image_from_docker_hub_is_reported_at_the_value()
    {
        var finding = Compose(Trusted, ("docker-compose.yml", """
            services:
              cache:
                image: {|DKS1005:redis:7.4.1-alpine|}
              sql:
                image: mcr.microsoft.com/mssql/server:2022-CU16-ubuntu-22.04
              api:
                image: contoso.azurecr.io/api:1.4.2
            """)).ShouldReport().Single("DKS1005");
        Assert.That(finding.Message, Is.EqualTo("'redis:7.4.1-alpine' comes from 'docker.io', which is not in DockerSecurityTrustedRegistries (mcr.microsoft.com;*.azurecr.io); use an image from a trusted registry or mirror it into one"));
    }

    [Test]
    public void Guard_rule_is_off_without_a_list() => Compose(("compose.yaml", """
        services:
          cache:
            image: redis:7.4.1-alpine
        """)).ShouldNotReport("DKS1005");

    [Test]
    public void Guard_built_services() => Compose(Trusted,
        ("compose.yaml", """
            services:
              api:
                build: ./api
                image: myorg/api:1.0.0
            """),
        ("api/Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:9.0.0\n")).ShouldNotReport("DKS1005");
}
