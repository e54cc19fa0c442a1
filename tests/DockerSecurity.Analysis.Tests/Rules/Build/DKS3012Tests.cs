namespace DockerSecurity.Analysis.Tests.Rules.Build;

public class DKS3012Tests : RuleTest
{
    [Test]
    public void Shell_form_cmd_is_reported_at_the_command()
    {
        var finding = Dockerfile("""
            FROM python:3.12.8-slim
            CMD {|DKS3012:gunicorn --bind 0.0.0.0:8000 src.main:app|}
            """).ShouldReport().Single("DKS3012");
        Assert.That(finding.Message, Is.EqualTo("Shell-form CMD runs under '/bin/sh -c', so the shell is PID 1 and the application does not receive SIGTERM and cannot shut down gracefully; use the exec form CMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"src.main:app\"]"));
    }

    [Test]
    public void Shell_form_entrypoint_over_continuation_lines()
    {
        var finding = Dockerfile("""
            FROM node:20.18.1-alpine3.20
            SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
            ENTRYPOINT {|DKS3012:node server.js \
                --port 3000 | tee /var/log/app.log|}
            """).ShouldReport().Single("DKS3012");
        Assert.That(finding.Message, Is.EqualTo("Shell-form ENTRYPOINT runs under '/bin/ash -eo pipefail -c', so the shell is PID 1 and the application does not receive SIGTERM and cannot shut down gracefully; use the exec form (a JSON array), with a script that ends in 'exec' where the command needs a shell"));
    }

    [Test]
    public void Inherited_cmd_of_a_base_stage_is_reported() => Dockerfile("""
        FROM python:3.12.8-slim AS base
        CMD {|DKS3012:python app.py|}
        FROM base
        COPY app.py .
        """).ShouldReport();

    [Test]
    public void Only_the_cmd_that_takes_effect_is_reported() => Dockerfile("""
        FROM python:3.12.8-slim
        CMD python old.py
        CMD {|DKS3012:python app.py|}
        """).ShouldReport();

    [Test]
    public void Guard_exec_form_and_exec_in_shell_form() => Dockerfile("""
        FROM python:3.12.8-slim
        ENTRYPOINT ["/docker-entrypoint.sh"]
        CMD exec gunicorn --bind 0.0.0.0:8000 src.main:app
        """).ShouldNotReport("DKS3012");

    [Test]
    public void Guard_builder_stages() => Dockerfile("""
        FROM python:3.12.8-slim AS build
        CMD python -m pytest
        FROM python:3.12.8-slim
        CMD ["python", "app.py"]
        """).ShouldNotReport("DKS3012");

    [Test]
    public void Guard_entrypoint_resets_an_inherited_cmd() => Dockerfile("""
        FROM python:3.12.8-slim AS base
        CMD python app.py
        FROM base
        ENTRYPOINT ["python", "app.py"]
        """).ShouldNotReport("DKS3012");

    [Test]
    public void Guard_windows_stages() => Dockerfile("""
        # escape=`
        FROM mcr.microsoft.com/windows/servercore:ltsc2022
        SHELL ["powershell", "-Command"]
        CMD C:\app\app.exe --urls http://+:8080
        """).ShouldNotReport("DKS3012");

    [Test]
    public void Guard_windows_image_without_escape_directive() => Dockerfile("""
        FROM mcr.microsoft.com/dotnet/aspnet:9.0.0-nanoserver-ltsc2022
        CMD dotnet app.dll
        """).ShouldNotReport("DKS3012");
}
