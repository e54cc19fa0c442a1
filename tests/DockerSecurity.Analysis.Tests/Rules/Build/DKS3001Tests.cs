namespace DockerSecurity.Analysis.Tests.Rules.Build;

public class DKS3001Tests : RuleTest
{
    [Test]
    public void Install_without_the_flag_is_reported_on_the_install_word()
    {
        var finding = Dockerfile("""
            FROM python:3.12.8-slim
            RUN apt-get update && apt-get {|DKS3001:install|} -y libpq5 ca-certificates \
                && rm -rf /var/lib/apt/lists/*
            """).ShouldReport().Single("DKS3001");
        Assert.That(finding.Message, Is.EqualTo(
            "'apt-get install' without --no-install-recommends also installs every package they recommend, which the image does not need; add --no-install-recommends"));
    }

    [Test]
    public void Install_on_a_third_line_and_apt_install() => Dockerfile("""
        FROM debian:12.8-slim
        RUN apt-get update \
         && DEBIAN_FRONTEND=noninteractive \
            apt-get -y {|DKS3001:install|} \
              curl \
         && apt {|DKS3001:install|} -y git \
         && rm -rf /var/lib/apt/lists/*
        """).ShouldReport();

    [Test]
    public void Install_in_heredoc_sh_c_subshell_and_if() => Dockerfile("""
        FROM debian:12.8-slim
        RUN <<EOF
        set -e
        apt-get update
        apt-get {|DKS3001:install|} -y curl
        rm -rf /var/lib/apt/lists/*
        EOF
        RUN sh -c 'apt-get update && apt-get {|DKS3001:install|} -y $PKGS'
        RUN bash -c "apt-get update && sudo apt-get {|DKS3001:install|} -y jq"
        RUN (apt-get update && apt-get {|DKS3001:install|} -y make)
        RUN if [ "$TARGETARCH" = "amd64" ]; then apt-get {|DKS3001:install|} -y libc6-i386; fi
        """).ShouldReport();

    [Test]
    public void Configuration_written_after_the_install_or_in_another_stage_does_not_count() => Dockerfile("""
        FROM debian:12.8-slim AS other
        RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99norecommends
        FROM debian:12.8-slim
        RUN echo 'APT::Install-Recommends "false";' > /tmp/apt.conf && apt-get {|DKS3001:install|} -y git
        RUN apt-get {|DKS3001:install|} -y curl && echo 'APT::Install-Recommends "0";' > /etc/apt/apt.conf.d/99norecommends
        RUN apt-get install -y jq
        """).ShouldReport();

    [Test]
    public void Guard_the_flag_anywhere_or_the_apt_option() => Dockerfile("""
        FROM debian:12.8-slim
        RUN apt-get update && apt-get install --no-install-recommends -y curl && rm -rf /var/lib/apt/lists/*
        RUN apt-get install -y curl --no-install-recommends
        RUN apt-get -o APT::Install-Recommends=false install -y curl
        RUN apt-get install -y -o 'APT::Install-Recommends=0' curl
        RUN apt-get install -y --option=apt::install-recommends=false curl
        RUN apt-get update && apt-get upgrade -y && apt-get purge -y curl
        RUN echo "apt-get install curl" && apt-cache policy curl
        """).ShouldNotReport("DKS3001");

    [Test]
    public void Guard_configuration_written_earlier() => Dockerfile("""
        FROM debian:12.8-slim AS base
        RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99norecommends
        RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
        FROM base
        RUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*
        FROM debian:12.8-slim AS tee
        RUN printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' | tee /etc/apt/apt.conf.d/99minimal \
         && apt-get update && apt-get install -y jq
        FROM ubuntu:24.04 AS heredoc
        RUN cat > /etc/apt/apt.conf.d/99norecommends <<EOF
        APT::Install-Recommends "false";
        EOF
        RUN apt-get install -y make
        FROM ubuntu:24.04 AS copied
        COPY <<EOF /etc/apt/apt.conf.d/99norecommends
        APT::Install-Recommends "false";
        EOF
        RUN apt-get install -y make
        """).ShouldNotReport("DKS3001");

    [Test]
    public void Guard_seed_secure_dockerfile_template() =>
        Dockerfile(SeedDockerfiles.SecureTemplate()).ShouldNotReport("DKS3001", "DKS3002", "DKS3003");

    [Test]
    public void Guard_exec_form_and_windows() => Dockerfile("""
        FROM debian:12.8-slim
        RUN ["apt-get", "install", "-y", "curl"]
        FROM mcr.microsoft.com/windows/servercore:ltsc2022
        RUN apt-get install -y curl
        """).ShouldNotReport("DKS3001");
}
