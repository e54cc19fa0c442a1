namespace DockerSecurity.Analysis.Tests.Rules.Build;

public class DKS3011Tests : RuleTest
{
    [Test]
    public void Pipe_without_pipefail_is_reported_on_the_pipe()
    {
        var finding = Dockerfile("""
            FROM python:3.12.8-slim
            RUN curl -fsSL https://nodejs.org/dist/v20.18.1/node-v20.18.1-linux-x64.tar.xz {|DKS3011:||} tar -xJ -C /opt
            """).ShouldReport().Single("DKS3011");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Message, Is.EqualTo(
                "The pipe after 'curl' hides its failure: without pipefail a pipeline succeeds whenever its last command does; add SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before this RUN, or start the RUN with 'set -o pipefail &&' if its shell supports it"));
            Assert.That(finding.Evidence, Is.EqualTo("curl | tar"));
        });
    }

    [Test]
    public void Each_pipeline_is_reported_at_its_first_pipe() => Dockerfile("""
        FROM debian:12.8-slim
        RUN set -eux; \
            wget -qO- https://example.com/key.asc \
              {|DKS3011:||} gpg --dearmor | tee /usr/share/keyrings/example.gpg > /dev/null; \
            VERSION="$(curl -fsSL https://example.com/latest {|DKS3011:||} jq -r .tag)"; \
            make 2>&1 {|DKS3011:|&|} tee build.log
        """).ShouldReport();

    [Test]
    public void Pipes_in_heredocs_subshells_and_inline_scripts() => Dockerfile("""
        FROM debian:12.8-slim
        RUN <<EOF
        set -e
        curl -fsSL https://example.com/a.tar.gz {|DKS3011:||} tar -xz
        EOF
        RUN (cd /src && git log {|DKS3011:||} head -1)
        RUN set -o pipefail && sh -c 'curl -fsSL https://example.com/x {|DKS3011:||} sh'
        """).ShouldReport();

    [Test]
    public void Pipefail_set_later_does_not_count() => Dockerfile("""
        FROM debian:12.8-slim
        RUN curl -fsSL https://example.com/a {|DKS3011:||} tar -x; set -o pipefail
        """).ShouldReport();

    [Test]
    public void Guard_shell_with_pipefail() => Dockerfile("""
        FROM debian:12.8-slim
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN curl -fsSL https://example.com/a.tar.gz | tar -xz
        FROM alpine:3.20.3
        SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
        RUN wget -qO- https://example.com/a.tar.gz | tar -xz
        """).ShouldNotReport("DKS3011");

    [Test]
    public void Guard_shell_inherited_from_the_base_stage() => Dockerfile("""
        FROM debian:12.8-slim AS base
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        FROM base
        RUN curl -fsSL https://example.com/a.tar.gz | tar -xz
        """).ShouldNotReport("DKS3011");

    [Test]
    public void Guard_pipefail_set_in_the_script() => Dockerfile("""
        FROM debian:12.8-slim
        RUN set -o pipefail && curl -fsSL https://example.com/a.tar.gz | tar -xz
        RUN set -euo pipefail; \
            wget -qO- https://example.com/b.tar.gz \
              | tar -xz
        RUN bash -o pipefail -c 'curl -fsSL https://example.com/c | tar -xz'
        RUN <<EOF
        set -eux -o pipefail
        curl -fsSL https://example.com/d | tar -xz
        EOF
        """).ShouldNotReport("DKS3011");

    [Test]
    public void Guard_no_pipe_or_exec_form_or_windows() => Dockerfile("""
        FROM debian:12.8-slim
        RUN apt-get update || true; echo "a | b" && test -f x || exit 1
        RUN ["sh", "-c", "curl -fsSL https://example.com | tar -xz"]
        FROM mcr.microsoft.com/windows/servercore:ltsc2022
        RUN type a.txt | findstr b
        """).ShouldNotReport("DKS3011");
}
