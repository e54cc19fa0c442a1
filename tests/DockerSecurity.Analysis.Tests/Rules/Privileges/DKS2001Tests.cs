namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

public class DKS2001Tests : RuleTest
{
    [Test]
    public void Final_stage_without_user_is_reported_on_its_from()
    {
        var finding = Dockerfile("""
            FROM mcr.microsoft.com/dotnet/sdk:8.0.404 AS build
            RUN dotnet publish -o /app
            FROM {|DKS2001:python:3.11.7-slim|}
            COPY --from=build /app /app
            """).ShouldReport().Single("DKS2001");
        Assert.That(finding.Message, Is.EqualTo("The final stage runs as root: 'python:3.11.7-slim' defaults to root and no USER follows; add USER with a non-root user after the steps that need root"));
    }

    [Test]
    public void Last_user_root_is_reported_on_the_user() => Dockerfile("""
        FROM python:3.11.7-slim
        USER app
        RUN echo hi
        USER {|DKS2001:root|}
        """).ShouldReport();

    [TestCase("0")]
    [TestCase("root:root")]
    [TestCase("0:0")]
    public void Root_spellings_are_reported(string user) => Dockerfile($$"""
        FROM python:3.11.7-slim
        USER {|DKS2001:{{user}}|}
        """).ShouldReport();

    [Test]
    public void Scratch_runs_as_root() => Dockerfile("""
        FROM {|DKS2001:scratch|}
        COPY app /app
        """).ShouldReport();

    [Test]
    public void Guard_chiseled_dotnet_image_without_user() => Dockerfile("""
        FROM mcr.microsoft.com/dotnet/aspnet:8.0.11-noble-chiseled
        COPY app /app
        ENTRYPOINT ["/app/app"]
        """).ShouldNotReport("DKS2001");

    [TestCase("$APP_UID")]
    [TestCase("${APP_UID}")]
    [TestCase("app")]
    [TestCase("1654")]
    public void Guard_dotnet_app_user(string user) => Dockerfile($"""
        FROM mcr.microsoft.com/dotnet/aspnet:8.0.11
        USER {user}
        """).ShouldNotReport("DKS2001");

    [Test]
    public void Guard_distroless_nonroot() => Dockerfile("""
        FROM gcr.io/distroless/static-debian12:nonroot
        """).ShouldNotReport("DKS2001");

    [Test]
    public void Guard_builder_stage_may_run_as_root() => Dockerfile("""
        FROM python:3.11.7-slim AS build
        USER root
        FROM python:3.11.7-slim
        USER appuser
        """).ShouldNotReport("DKS2001");

    [Test]
    public void Guard_user_inherited_from_a_stage() => Dockerfile("""
        FROM python:3.11.7-slim AS base
        USER appuser
        FROM base
        COPY . /app
        """).ShouldNotReport("DKS2001");

    [Test]
    public void Guard_nanoserver_runs_as_container_user() => Dockerfile("""
        # escape=`
        FROM mcr.microsoft.com/dotnet/aspnet:9.0.0-nanoserver-ltsc2022
        COPY app C:\app
        """).ShouldNotReport("DKS2001");
}

public class DKS2001ComposeTests : RuleTest
{
    [Test]
    public void Root_user_is_reported_at_the_value()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                user: {|DKS2001:root|}
            """)).ShouldReport().Single("DKS2001");
        Assert.That(finding.Message, Is.EqualTo("Service 'api' runs as root ('user: root'); use a non-root user such as \"10001:10001\""));
    }

    [TestCase("\"0\"")]
    [TestCase("\"0:0\"")]
    [TestCase("root:root")]
    [TestCase("'0:1000'")]
    [TestCase("\"${APP_USER:-root}\"")]
    public void Root_spellings_are_reported(string user) => Compose(("docker-compose.yml", $$"""
        services:
          api:
            image: ghcr.io/example/orders-api:1.4.2
            user: {|DKS2001:{{user}}|}
        """)).ShouldReport();

    [Test]
    public void Override_file_that_sets_root_is_where_the_finding_is() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                user: "10001:10001"
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                user: {|DKS2001:root|}
            """)).ShouldReport();

    [Test]
    public void Target_stage_without_user_is_reported_at_the_target()
    {
        var finding = Compose(
            ("docker-compose.yml", """
                services:
                  api:
                    build:
                      context: ./api
                      target: {|DKS2001:dev|}
                """),
            ("api/Dockerfile", """
                FROM python:3.12.8-slim AS dev
                RUN pip install --no-cache-dir debugpy==1.8.11
                FROM python:3.12.8-slim AS runtime
                USER 10001
                """)).ShouldReport().Single("DKS2001");
        Assert.That(finding.Message, Is.EqualTo(
            "Service 'api' builds stage 'dev' of 'api/Dockerfile', which runs as root ('python:3.12.8-slim' defaults to root and the stage sets no USER); set a non-root 'user:' or add USER to that stage"));
    }

    [Test]
    public void Target_stage_of_a_Dockerfile_outside_the_project_folder_is_named_by_its_file_name()
    {
        var finding = Compose(
            ("app/docker-compose.yml", """
                services:
                  api:
                    build:
                      context: ../api
                      target: {|DKS2001:dev|}
                """),
            ("api/Dockerfile", """
                FROM python:3.12.8-slim AS dev
                FROM python:3.12.8-slim AS runtime
                USER 10001
                """)).ShouldReport().Single("DKS2001");
        Assert.That(finding.Message, Is.EqualTo(
            "Service 'api' builds stage 'dev' of 'Dockerfile', which runs as root ('python:3.12.8-slim' defaults to root and the stage sets no USER); set a non-root 'user:' or add USER to that stage"));
    }

    [Test]
    public void Target_stage_that_switches_to_root_is_reported()
    {
        var finding = Compose(
            ("compose.yaml", """
                services:
                  web:
                    build:
                      context: .
                      dockerfile: docker/web.Dockerfile
                      target: {|DKS2001:debug|}
                """),
            ("docker/web.Dockerfile", """
                FROM nginxinc/nginx-unprivileged:1.27.3-alpine AS debug
                USER root
                RUN apk add --no-cache curl
                FROM nginxinc/nginx-unprivileged:1.27.3-alpine
                """)).ShouldReport().Single("DKS2001");
        Assert.That(finding.Message, Does.Contain("which runs as root (its last USER is 'root')"));
    }

    [Test]
    public void Guard_non_root_and_undecided_users() => Compose(("docker-compose.yml", """
        services:
          a:
            image: ghcr.io/example/orders-api:1.4.2
            user: "10001:10001"
          b:
            image: ghcr.io/example/orders-api:1.4.2
            user: appuser
          c:
            image: ghcr.io/example/orders-api:1.4.2
            user: "1000:0"
          d:
            image: ghcr.io/example/orders-api:1.4.2
            user: ${APP_UID}
          e:
            image: ghcr.io/example/orders-api:1.4.2
        """)).ShouldNotReport("DKS2001");

    [Test]
    public void Guard_final_stage_is_reported_in_its_dockerfile_not_twice() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                build: ./api
              worker:
                build:
                  context: ./api
                  target: runtime
            """),
        ("api/Dockerfile", """
            FROM python:3.12.8-slim AS runtime
            COPY . /app
            """)).ShouldNotReport("DKS2001");

    [Test]
    public void Guard_user_satisfies_a_root_target_stage() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                build:
                  context: ./api
                  target: dev
                user: "10001:10001"
            """),
        ("api/Dockerfile", """
            FROM python:3.12.8-slim AS dev
            FROM python:3.12.8-slim
            USER 10001
            """)).ShouldNotReport("DKS2001");

    [Test]
    public void Guard_target_stages_that_do_not_run_as_root() => Compose(
        ("docker-compose.yml", """
            services:
              inherits:
                build:
                  context: ./api
                  target: test
              chiseled:
                build:
                  context: ./api
                  target: chiseled
            """),
        ("api/Dockerfile", """
            FROM python:3.12.8-slim AS base
            USER appuser
            FROM base AS test
            RUN echo test
            FROM mcr.microsoft.com/dotnet/aspnet:8.0.11-noble-chiseled AS chiseled
            FROM python:3.12.8-slim
            USER appuser
            """)).ShouldNotReport("DKS2001");
}
