namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

public class DKS2002Tests : RuleTest
{
    [Test]
    public void User_never_created_is_reported_at_the_user()
    {
        var finding = Dockerfile("""
            FROM python:3.12.8-slim
            WORKDIR /app
            COPY . .
            USER {|DKS2002:appuser|}
            """).ShouldReport().Single("DKS2002");
        Assert.That(finding.Message, Is.EqualTo("USER 'appuser' is never created in this Dockerfile and 'python:3.12.8-slim' is not known to have it, so the container cannot start; create it (useradd, adduser) before USER, or use a numeric UID"));
    }

    [Test]
    public void User_and_group_argument_is_reported_whole() => Dockerfile("""
        FROM node:20.18.1-alpine3.20
        USER {|DKS2002:web:web|}
        """).ShouldReport();

    [Test]
    public void Scratch_has_no_users()
    {
        var finding = Dockerfile("""
            FROM golang:1.23.4 AS build
            RUN useradd app
            FROM scratch
            COPY --from=build /app /app
            USER {|DKS2002:app|}
            """).ShouldReport().Single("DKS2002");
        Assert.That(finding.Message, Does.Contain("'scratch' has no users at all"));
    }

    [Test]
    public void Every_user_of_the_final_image_is_checked() => Dockerfile("""
        FROM python:3.12.8-slim AS base
        USER {|DKS2002:builder|}
        FROM base
        RUN useradd -r app
        USER app
        USER {|DKS2002:other|}
        """).ShouldReport();

    [Test]
    public void Arg_values_are_substituted() => Dockerfile("""
        FROM python:3.12.8-slim
        ARG APP_USER=service
        USER {|DKS2002:${APP_USER}|}
        """).ShouldReport();

    [Test]
    public void User_created_in_a_stage_the_final_stage_does_not_build_from_is_reported() => Dockerfile("""
        FROM python:3.12.8-slim AS build
        RUN useradd -m app
        FROM python:3.12.8-slim
        COPY --from=build /home/app /home/app
        USER {|DKS2002:app|}
        """).ShouldReport();

    [Test]
    public void Creation_of_another_name_does_not_count() => Dockerfile("""
        FROM debian:bookworm-20241202-slim
        RUN groupadd -r appuser && useradd -r -g appuser appuser
        USER {|DKS2002:app|}
        """).ShouldReport();

    [Test]
    public void Linux_user_names_are_case_sensitive() => Dockerfile("""
        FROM debian:bookworm-20241202-slim
        RUN useradd AppUser
        USER {|DKS2002:appuser|}
        """).ShouldReport();

    [Test]
    public void Windows_stage_with_an_unknown_account_is_reported() => Dockerfile("""
        # escape=`
        FROM mcr.microsoft.com/dotnet/aspnet:9.0.0-nanoserver-ltsc2022
        USER {|DKS2002:webuser|}
        """).ShouldReport();

    [TestCase("RUN groupadd -r appuser && useradd -r -g appuser appuser")]
    [TestCase("RUN groupadd -r appuser && useradd -r -g appuser -d /home/appuser -m appuser")]
    [TestCase("RUN useradd --uid 10001 --gid 0 --shell /sbin/nologin --no-create-home appuser")]
    [TestCase("RUN addgroup -S appuser && adduser -S -G appuser -u 1000 appuser")]
    [TestCase("RUN adduser -D -u 1000 appuser")]
    [TestCase("RUN adduser --system --uid 1001 --group appuser")]
    [TestCase("RUN adduser --disabled-password --gecos '' appuser")]
    [TestCase("RUN set -eux; \\\n    groupadd --system app; \\\n    useradd --system --gid app appuser")]
    [TestCase("RUN sh -c 'useradd -m appuser'")]
    [TestCase("RUN /usr/sbin/useradd appuser")]
    [TestCase("RUN <<EOF\nset -e\nuseradd -m appuser\nEOF")]
    [TestCase("RUN echo 'appuser:x:10001:10001::/app:/sbin/nologin' >> /etc/passwd")]
    [TestCase("RUN echo \"appuser:x:10001:10001::/app:/sbin/nologin\" | tee -a /etc/passwd")]
    [TestCase("RUN useradd olduser && usermod -l appuser olduser")]
    [TestCase("RUN useradd \"$NAME\"")]
    [TestCase("RUN [\"useradd\", \"appuser\"]")]
    public void Guard_users_created_by_run(string run) => Dockerfile($"""
        FROM debian:bookworm-20241202-slim
        {run}
        USER appuser
        """).ShouldNotReport("DKS2002");

    [TestCase("USER 10001")]
    [TestCase("USER 10001:10001")]
    [TestCase("USER 0")]
    [TestCase("USER root")]
    [TestCase("USER nobody")]
    [TestCase("USER www-data:www-data")]
    [TestCase("USER $APP_UID")]
    [TestCase("USER ${UID}:${GID}")]
    public void Guard_numeric_system_and_variable_users(string user) => Dockerfile($"""
        FROM python:3.12.8-slim
        {user}
        """).ShouldNotReport("DKS2002");

    [TestCase("mcr.microsoft.com/dotnet/aspnet:9.0.0", "app")]
    [TestCase("mcr.microsoft.com/dotnet/runtime-deps:9.0.0-noble-chiseled", "app")]
    [TestCase("node:20.18.1-alpine3.20", "node")]
    [TestCase("gcr.io/distroless/static-debian12:nonroot", "nonroot")]
    [TestCase("nginx:1.27.3-alpine", "nginx")]
    [TestCase("ubuntu:24.04", "ubuntu")]
    public void Guard_users_the_base_image_has(string image, string user) => Dockerfile($"""
        FROM {image}
        USER {user}
        """).ShouldNotReport("DKS2002");

    [TestCase("ContainerUser")]
    [TestCase("ContainerAdministrator")]
    [TestCase("containeruser")]
    public void Guard_windows_accounts(string user) => Dockerfile($"""
        # escape=`
        FROM mcr.microsoft.com/dotnet/aspnet:9.0.0-nanoserver-ltsc2022
        USER {user}
        """).ShouldNotReport("DKS2002");

    [Test]
    public void Guard_windows_accounts_on_an_unknown_image_of_a_windows_dockerfile() => Dockerfile("""
        # escape=`
        FROM contoso.azurecr.io/windows/base:1.0.0
        USER containeruser
        """).ShouldNotReport("DKS2002");

    [Test]
    public void Guard_windows_account_created_in_run() => Dockerfile("""
        # escape=`
        FROM mcr.microsoft.com/windows/servercore:ltsc2022
        RUN net user webuser /add
        USER webuser
        """).ShouldNotReport("DKS2002");

    [Test]
    public void Guard_user_created_in_the_stage_the_final_stage_builds_from() => Dockerfile("""
        FROM python:3.12.8-slim AS base
        RUN useradd -r appuser
        FROM base AS final
        USER appuser
        """).ShouldNotReport("DKS2002");

    [Test]
    public void Guard_passwd_copied_from_a_stage_that_creates_the_user() => Dockerfile("""
        FROM golang:1.23.4 AS build
        RUN useradd -u 10001 appuser
        FROM scratch
        COPY --from=build /etc/passwd /etc/passwd
        USER appuser
        """).ShouldNotReport("DKS2002");

    [Test]
    public void Guard_passwd_from_the_context_is_unknown() => Dockerfile("""
        FROM scratch
        COPY passwd /etc/passwd
        USER appuser
        """).ShouldNotReport("DKS2002");

    [Test]
    public void Guard_builder_stages_are_not_checked() => Dockerfile("""
        FROM python:3.12.8-slim AS build
        USER builder
        FROM python:3.12.8-slim
        USER 10001
        """).ShouldNotReport("DKS2002");

    [Test]
    public void Guard_unresolved_base_image() => Dockerfile("""
        ARG BASE
        FROM ${BASE}
        USER appuser
        """).ShouldNotReport("DKS2002");
}
