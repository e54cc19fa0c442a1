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
