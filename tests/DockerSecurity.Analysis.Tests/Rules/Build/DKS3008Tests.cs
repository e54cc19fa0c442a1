namespace DockerSecurity.Analysis.Tests.Rules.Build;

public class DKS3008Tests : RuleTest
{
    [Test]
    public void Curl_insecure_is_reported_on_the_option()
    {
        var finding = Dockerfile("""
            FROM debian:12.8-slim
            RUN curl {|DKS3008:-fsSLk|} -o /tmp/tool.tar.gz https://example.com/tool.tar.gz
            """).ShouldReport().Single("DKS3008");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Message, Is.EqualTo(
                "'curl -k' turns off TLS certificate verification, so anyone on the network path can replace what is downloaded; remove it and trust the needed CA certificate instead (update-ca-certificates)"));
            Assert.That(finding.Evidence, Is.EqualTo("curl -k"));
        });
    }

    [Test]
    public void Download_tools_and_git() => Dockerfile("""
        FROM debian:12.8-slim
        RUN curl {|DKS3008:--insecure|} https://example.com/a -o a && curl -x proxy:3128 {|DKS3008:--proxy-insecure|} https://example.com/b
        RUN wget {|DKS3008:--no-check-certificate|} -q https://example.com/c && wget {|DKS3008:-e check_certificate=off|} https://example.com/d
        RUN git -c {|DKS3008:http.sslVerify=false|} clone https://example.com/repo.git \
         && git clone -c {|DKS3008:http.https://example.com/.sslverify=0|} https://example.com/other.git
        RUN git config --global {|DKS3008:http.sslVerify false|}
        """).ShouldReport();

    [Test]
    public void Package_managers_options() => Dockerfile("""
        FROM debian:12.8-slim
        RUN apt-get update && apt-get install -y {|DKS3008:--allow-unauthenticated|} --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
        RUN apt-get {|DKS3008:-o Acquire::https::Verify-Peer=false|} update
        RUN pip install --no-cache-dir {|DKS3008:--trusted-host pypi.example.com|} -r requirements.txt
        RUN pip config set {|DKS3008:global.trusted-host pypi.example.com|}
        RUN npm config set {|DKS3008:strict-ssl false|} && npm ci && yarn config set {|DKS3008:strict-ssl false|}
        RUN npm set {|DKS3008:strict-ssl=false|} && npm ci {|DKS3008:--strict-ssl=false|}
        FROM alpine:3.20.3
        RUN apk add --no-cache {|DKS3008:--allow-untrusted|} /tmp/tool.apk
        FROM rockylinux:9.3
        RUN rpm -i {|DKS3008:--nosignature|} /tmp/tool.rpm && rpm -Uvh {|DKS3008:--nodigest|} /tmp/other.rpm
        RUN dnf install -y {|DKS3008:--nogpgcheck|} nginx && dnf install -y {|DKS3008:--setopt=*.gpgcheck=0|} httpd && dnf clean all
        RUN yum-config-manager --add-repo https://example.com/x.repo {|DKS3008:--setopt=x.sslverify=false|}
        FROM opensuse/leap:15.6
        RUN zypper {|DKS3008:--no-gpg-checks|} --non-interactive install -y curl && zypper clean --all
        """).ShouldReport();

    [Test]
    public void Variables_in_run() => Dockerfile("""
        FROM node:20.18.1-bookworm-slim
        RUN export {|DKS3008:GIT_SSL_NO_VERIFY=1|} && git clone https://example.com/repo.git
        RUN {|DKS3008:NODE_TLS_REJECT_UNAUTHORIZED=0|} npm ci && env {|DKS3008:PYTHONHTTPSVERIFY=0|} python3 fetch.py
        RUN sudo {|DKS3008:npm_config_strict_ssl=false|} npm ci
        """).ShouldReport();

    [Test]
    public void Configuration_files_written_by_run() => Dockerfile("""
        FROM debian:12.8-slim
        RUN echo "deb [{|DKS3008:trusted=yes|}] http://repo.example.com/debian stable main" > /etc/apt/sources.list.d/example.list
        RUN echo 'deb [arch=amd64 {|DKS3008:trusted=yes|}] http://repo.example.com/ ./' | tee /etc/apt/sources.list.d/other.list
        RUN echo '{|DKS3008:Acquire::https::Verify-Peer "false"|};' > /etc/apt/apt.conf.d/99insecure
        RUN echo "{|DKS3008:strict-ssl=false|}" >> ~/.npmrc && echo {|DKS3008:insecure|} >> /root/.curlrc
        FROM rockylinux:9.3
        RUN printf '[example]\nbaseurl=https://repo.example.com/\n{|DKS3008:gpgcheck=0|}\n' > /etc/yum.repos.d/example.repo
        RUN cat > /etc/yum.repos.d/other.repo <<EOF
        [other]
        baseurl=https://repo.example.com/other
        {|DKS3008:gpgcheck = 0|}
        {|DKS3008:sslverify=false|}
        EOF
        RUN sed -i 's/gpgcheck=1/{|DKS3008:gpgcheck=0|}/' /etc/yum.repos.d/example.repo
        """).ShouldReport();

    [Test]
    public void Less_common_options_and_tool_configuration_files() => Dockerfile("""
        FROM node:20.18.1-bookworm-slim
        RUN npm install {|DKS3008:--no-strict-ssl|} && yarn config set {|DKS3008:enableStrictSsl false|}
        RUN apt-get {|DKS3008:--allow-insecure-repositories|} update \
         && apt-get install -y --no-install-recommends {|DKS3008:-o APT::Get::AllowUnauthenticated=true|} curl \
         && apt-get {|DKS3008:-o Acquire::https::repo.example.com::Verify-Host=false|} update
        RUN printf '[global]\n{|DKS3008:trusted-host|} = pypi.example.com\n' > /etc/pip.conf
        RUN cat >> /root/.gitconfig <<EOF
        [http]
            {|DKS3008:sslVerify = false|}
        EOF
        RUN echo '{|DKS3008:check_certificate = off|}' >> /etc/wgetrc && echo '{|DKS3008:enableStrictSsl: false|}' > /app/.yarnrc.yml
        ENV YARN_ENABLE_STRICT_SSL={|DKS3008:false|}
        """).ShouldReport();

    [Test]
    public void Heredoc_copy_writes_a_configuration_file() => Dockerfile("""
        # syntax=docker/dockerfile:1
        FROM debian:12.8-slim
        COPY <<EOF /etc/apt/sources.list.d/example.sources
        Types: deb
        URIs: http://repo.example.com/debian
        Suites: stable
        Components: main
        {|DKS3008:Trusted: yes|}
        EOF
        """).ShouldReport();

    [Test]
    public void Env_and_arg_values_are_reported_on_the_value() => Dockerfile("""
        FROM node:20.18.1-bookworm-slim
        ENV NODE_TLS_REJECT_UNAUTHORIZED={|DKS3008:0|}
        ENV GIT_SSL_NO_VERIFY={|DKS3008:"true"|} PYTHONHTTPSVERIFY={|DKS3008:0|}
        ARG NPM_CONFIG_STRICT_SSL={|DKS3008:false|}
        ENV PIP_TRUSTED_HOST {|DKS3008:pypi.example.com|}
        """).ShouldReport();

    [Test]
    public void Env_message_names_the_variable()
    {
        var finding = Dockerfile("""
            FROM node:20.18.1-bookworm-slim
            ENV NODE_TLS_REJECT_UNAUTHORIZED=0
            """).Single("DKS3008");
        Assert.That(finding.Message, Is.EqualTo(
            "'NODE_TLS_REJECT_UNAUTHORIZED=0' turns off TLS certificate verification for every Node.js connection; trust the needed CA with NODE_EXTRA_CA_CERTS instead"));
    }

    [Test]
    public void Run_in_heredoc_and_sh_c() => Dockerfile("""
        FROM debian:12.8-slim
        RUN <<EOF
        set -e
        curl {|DKS3008:-k|} https://example.com/a -o /a
        EOF
        RUN sh -c 'wget {|DKS3008:--no-check-certificate|} https://example.com/b'
        RUN if [ -n "$PROXY" ]; then git config --system {|DKS3008:http.sslverify "false"|}; fi
        """).ShouldReport();

    [Test]
    public void Guard_text_and_safe_values() => Dockerfile("""
        FROM node:20.18.1-bookworm-slim
        ENV NODE_TLS_REJECT_UNAUTHORIZED=1 GIT_SSL_NO_VERIFY="" PYTHONHTTPSVERIFY=1 NPM_CONFIG_STRICT_SSL=true
        ENV NODE_TLS_REJECT_UNAUTHORIZED=$TLS_REJECT CURL_INSECURE=1
        ARG GIT_SSL_NO_VERIFY
        RUN echo "curl -k is insecure" && echo "deb [trusted=yes] http://x ./" > /tmp/notes.txt
        RUN curl -fsSL https://example.com/a -o /a && wget -q https://example.com/b && git clone https://example.com/c.git
        RUN npm config set strict-ssl true && npm config get strict-ssl && git config --global http.sslVerify true
        RUN echo "deb [signed-by=/usr/share/keyrings/example.gpg] https://repo.example.com/debian stable main" > /etc/apt/sources.list.d/example.list
        RUN sed -i 's/gpgcheck=0/gpgcheck=1/' /etc/yum.repos.d/example.repo
        RUN pip install --no-cache-dir --cert /etc/ssl/certs/corp.pem flask==3.1.0
        """).ShouldNotReport("DKS3008");

    [Test]
    public void Guard_windows_stage() => Dockerfile("""
        FROM mcr.microsoft.com/windows/servercore:ltsc2022
        RUN curl -k https://example.com/a -o a
        """).ShouldNotReport("DKS3008");

    [Test]
    public void Compose_environment_is_reported_on_the_value() => Compose(("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                environment:
                  NODE_TLS_REJECT_UNAUTHORIZED: {|DKS3008:"0"|}
                  GIT_SSL_NO_VERIFY: {|DKS3008:${GIT_SSL_NO_VERIFY:-1}|}
              worker:
                image: ghcr.io/example/worker:1.4.2
                environment:
                  - PYTHONHTTPSVERIFY={|DKS3008:0|}
                  - PIP_TRUSTED_HOST={|DKS3008:pypi.example.com|}
            """)).ShouldReport();

    [Test]
    public void Compose_message_names_the_service()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                environment:
                  NODE_TLS_REJECT_UNAUTHORIZED: "0"
            """)).Single("DKS3008");
        Assert.That(finding.Message, Is.EqualTo(
            "'NODE_TLS_REJECT_UNAUTHORIZED=0' in service 'api' turns off TLS certificate verification for every Node.js connection; trust the needed CA with NODE_EXTRA_CA_CERTS instead"));
    }

    [Test]
    public void Guard_compose_variables_without_default_and_safe_values() => Compose(("compose.yaml", """
        services:
          api:
            image: ghcr.io/example/orders-api:1.4.2
            environment:
              NODE_TLS_REJECT_UNAUTHORIZED: ${NODE_TLS_REJECT_UNAUTHORIZED}
              GIT_SSL_NO_VERIFY:
              PYTHONHTTPSVERIFY: "1"
              CURL_INSECURE: "1"
          web:
            image: nginx:1.27.3
            environment:
              - GIT_SSL_NO_VERIFY
              - NODE_TLS_REJECT_UNAUTHORIZED=${TLS}
        """)).ShouldNotReport("DKS3008");
}
