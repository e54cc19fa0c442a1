namespace DockerSecurity.Analysis.Tests.Rules.Build;

public class DKS3002Tests : RuleTest
{
    [Test]
    public void Apt_lists_left_in_the_layer()
    {
        var finding = Dockerfile("""
            FROM python:3.12.8-slim
            RUN apt-get update && apt-get {|DKS3002:install|} --no-install-recommends -y libpq5
            """).ShouldReport().Single("DKS3002");
        Assert.That(finding.Message, Is.EqualTo(
            "'apt-get install' leaves the package lists of /var/lib/apt/lists in this layer; add '&& rm -rf /var/lib/apt/lists/*' at the end of the same RUN"));
    }

    [TestCase("RUN apk add curl", "'apk add' keeps the package index in /var/cache/apk in this layer; use 'apk add --no-cache'")]
    [TestCase("RUN pip install -r requirements.txt", "'pip install' keeps its download cache (~/.cache/pip) in this layer; add --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1)")]
    [TestCase("RUN dnf install -y nginx", "'dnf install' keeps its package cache in /var/cache in this layer; add '&& dnf clean all' to the same RUN")]
    [TestCase("RUN microdnf install -y nginx", "'microdnf install' keeps its package cache in /var/cache in this layer; add '&& microdnf clean all' to the same RUN")]
    [TestCase("RUN zypper --non-interactive install -y curl", "'zypper install' keeps its package cache in /var/cache/zypp in this layer; add '&& zypper clean --all' to the same RUN")]
    public void Message_names_the_manager_and_its_fix(string run, string message) =>
        Assert.That(Dockerfile("FROM example/base:1.0.0\n" + run).Single("DKS3002").Message, Is.EqualTo(message));

    [Test]
    public void Each_manager_is_reported_on_its_install_word() => Dockerfile("""
        FROM alpine:3.20.3
        RUN apk {|DKS3002:add|} curl && apk add --no-cache git
        RUN pip3 {|DKS3002:install|} flask==3.1.0 && python3 -m pip {|DKS3002:install|} gunicorn==23.0.0
        """).ShouldReport();

    [Test]
    public void Rpm_managers_need_clean_all() => Dockerfile("""
        FROM rockylinux:9.3
        RUN yum {|DKS3002:install|} -y httpd && dnf clean packages
        RUN dnf install -y nginx && dnf -y clean all && microdnf {|DKS3002:install|} -y curl
        """).ShouldReport();

    [Test]
    public void Stages_the_final_one_is_built_from_count() => Dockerfile("""
        FROM debian:12.8-slim AS base
        RUN apt-get update && apt-get {|DKS3002:install|} -y --no-install-recommends curl
        FROM base AS runtime
        RUN pip {|DKS3002:install|} flask==3.1.0
        FROM runtime
        COPY app /app
        """).ShouldReport();

    [Test]
    public void Guard_build_stages_are_left_behind() => Dockerfile("""
        FROM debian:12.8-slim AS build
        RUN apt-get update && apt-get install -y --no-install-recommends build-essential
        RUN pip install -r requirements.txt
        FROM build AS test
        RUN apk add curl
        FROM gcr.io/distroless/static-debian12:nonroot
        COPY --from=build /out /app
        """).ShouldNotReport("DKS3002");

    [Test]
    public void Clean_up_before_the_install_or_in_a_later_run_is_too_late() => Dockerfile("""
        FROM debian:12.8-slim
        RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get {|DKS3002:install|} -y --no-install-recommends curl
        RUN apt-get update \
         && apt-get {|DKS3002:install|} -y --no-install-recommends \
              git \
         && apt-get clean
        RUN rm -rf /var/lib/apt/lists/*
        """).ShouldReport();

    [Test]
    public void Install_in_heredoc_and_sh_c() => Dockerfile("""
        FROM debian:12.8-slim
        RUN <<EOF
        apt-get update
        apt-get {|DKS3002:install|} -y --no-install-recommends curl
        EOF
        RUN sh -c 'apt-get update && apt-get {|DKS3002:install|} -y --no-install-recommends $PKGS' && rm -rf /var/lib/apt/lists/partial
        """).ShouldReport();

    [Test]
    public void Guard_apt_clean_up_in_the_same_run() => Dockerfile("""
        FROM debian:12.8-slim
        RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
        RUN apt-get update \
         && apt-get install -y --no-install-recommends git \
         && apt-get clean \
         && rm -rf /var/lib/apt/lists/* /var/cache/apt/*
        RUN apt-get update && apt-get install -y --no-install-recommends jq; rm -rf /var/lib/apt
        RUN <<EOF
        set -e
        apt-get update
        apt-get install -y --no-install-recommends make
        rm -rf /var/lib/apt/lists/*
        EOF
        """).ShouldNotReport("DKS3002");

    [TestCase("FROM alpine:3.20.3", "RUN apk add --no-cache curl && apk add --update git && rm -rf /var/cache/apk/*")]
    [TestCase("FROM rockylinux:9.3", "RUN dnf install -y nginx && dnf clean all")]
    [TestCase("FROM rockylinux:9.3", "RUN yum install -y httpd && yum clean all && rm -rf /var/cache/yum")]
    [TestCase("FROM rockylinux:9.3", "RUN microdnf install -y curl && microdnf clean all")]
    [TestCase("FROM rockylinux:9.3", "RUN dnf install -y make && rm -rf /var/cache/dnf")]
    [TestCase("FROM opensuse/leap:15.6", "RUN zypper --non-interactive install -y curl && zypper clean --all")]
    [TestCase("FROM opensuse/leap:15.6", "RUN zypper in -y git && zypper cc -a")]
    public void Guard_other_managers_clean_up_in_the_same_run(string from, string run) =>
        Dockerfile(from + "\n" + run + "\n").ShouldNotReport("DKS3002");

    [Test]
    public void Guard_pip_without_cache() => Dockerfile("""
        FROM python:3.12.8-slim AS base
        RUN pip install --no-cache-dir -r requirements.txt
        RUN pip --no-cache-dir install flask==3.1.0
        RUN PIP_NO_CACHE_DIR=1 pip install gunicorn==23.0.0
        RUN export PIP_NO_CACHE_DIR=off && pip install uvicorn==0.32.1
        RUN pip install celery==5.4.0 && rm -rf /root/.cache/pip
        RUN pip install redis==5.2.1 && pip cache purge
        RUN --mount=type=cache,target=/root/.cache/pip pip install django==5.1.4
        """).ShouldNotReport("DKS3002");

    [Test]
    public void Guard_pip_no_cache_dir_from_inherited_env() => Dockerfile("""
        FROM python:3.12.8-slim AS base
        ENV PIP_NO_CACHE_DIR=1
        FROM base
        RUN pip install requests==2.32.3
        """).ShouldNotReport("DKS3002");

    [Test]
    public void Guard_pip_no_cache_dir_from_arg() => Dockerfile("""
        FROM python:3.12.8-slim
        ARG PIP_NO_CACHE_DIR="true"
        RUN pip install httpx==0.28.1
        """).ShouldNotReport("DKS3002");

    [Test]
    public void Pip_setting_of_another_stage_does_not_count() => Dockerfile("""
        FROM python:3.12.8-slim AS other
        ENV PIP_NO_CACHE_DIR=1
        FROM python:3.12.8-slim
        RUN pip {|DKS3002:install|} requests==2.32.3
        """).ShouldReport();

    [Test]
    public void Pip_setting_after_the_install_does_not_count() => Dockerfile("""
        FROM python:3.12.8-slim
        RUN pip {|DKS3002:install|} requests==2.32.3 && export PIP_NO_CACHE_DIR=1
        ENV PIP_NO_CACHE_DIR=1
        """).ShouldReport();

    [Test]
    public void Guard_apt_cache_mounts() => Dockerfile("""
        # syntax=docker/dockerfile:1
        FROM debian:12.8-slim
        RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
            --mount=type=cache,target=/var/lib/apt,sharing=locked \
            apt-get update && apt-get install -y --no-install-recommends curl
        RUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y --no-install-recommends git
        """).ShouldNotReport("DKS3002");

    [TestCase("FROM alpine:3.20.3", "RUN --mount=type=cache,target=/var/cache/apk apk add curl")]
    [TestCase("FROM fedora:41", "RUN --mount=type=cache,dst=/var/cache/dnf dnf install -y gcc")]
    [TestCase("FROM python:3.12.8-slim", "RUN --mount=type=cache,target=/root/.cache pip install flask==3.1.0")]
    public void Guard_other_cache_mounts(string from, string run) =>
        Dockerfile(from + "\n" + run + "\n").ShouldNotReport("DKS3002");

    [Test]
    public void Cache_mount_on_the_wrong_folder_does_not_count() => Dockerfile("""
        FROM debian:12.8-slim
        RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get {|DKS3002:install|} -y --no-install-recommends curl
        RUN --mount=type=bind,target=/var/lib/apt apt-get {|DKS3002:install|} -y --no-install-recommends git
        """).ShouldReport();

    [Test]
    public void Guard_other_managers_and_text() => Dockerfile("""
        FROM node:20.18.1-bookworm-slim
        RUN npm ci --omit=dev && gem install bundler:2.5.23
        RUN echo "apt-get install curl" && apk --version
        """).ShouldNotReport("DKS3002");
}
