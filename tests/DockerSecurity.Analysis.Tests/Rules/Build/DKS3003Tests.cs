namespace DockerSecurity.Analysis.Tests.Rules.Build;

public class DKS3003Tests : RuleTest
{
    [Test]
    public void Update_alone_is_reported_on_the_update_word()
    {
        var finding = Dockerfile("""
            FROM python:3.12.8-slim
            RUN apt-get {|DKS3003:update|}
            RUN apt-get install --no-install-recommends -y libpq5 && rm -rf /var/lib/apt/lists/*
            """).ShouldReport().Single("DKS3003");
        Assert.That(finding.Message, Is.EqualTo(
            "'apt-get update' is not followed by an install in the same RUN: the cached layer keeps a stale package index, so a later install gets old or missing packages; update and install in one RUN"));
    }

    [Test]
    public void Apt_and_apk_updates_with_other_work_only() => Dockerfile("""
        FROM debian:12.8-slim AS deb
        RUN apt {|DKS3003:update|} && \
            echo done \
            && sudo apt-get -qq {|DKS3003:update|}
        FROM alpine:3.20.3
        RUN apk {|DKS3003:update|} && pip install --no-cache-dir flask==3.1.0
        """).ShouldReport();

    [Test]
    public void Update_after_the_install_does_not_feed_it() => Dockerfile("""
        FROM debian:12.8-slim
        RUN apt-get install -y --no-install-recommends curl && apt-get {|DKS3003:update|}
        """).ShouldReport();

    [Test]
    public void Update_in_a_heredoc_and_in_sh_c() => Dockerfile("""
        FROM debian:12.8-slim
        RUN <<EOF
        set -e
        apt-get {|DKS3003:update|}
        EOF
        RUN sh -c 'apt-get {|DKS3003:update|}'
        """).ShouldReport();

    [Test]
    public void Guard_update_and_install_in_one_run() => Dockerfile("""
        FROM debian:12.8-slim
        RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
        RUN apt-get update \
         && apt-get upgrade -y \
         && rm -rf /var/lib/apt/lists/*
        RUN apt update && apt install -y --no-install-recommends curl
        RUN if true; then apt-get update; fi && apt-get install -y --no-install-recommends jq
        RUN <<EOF
        apt-get update
        apt-get install -y --no-install-recommends git
        EOF
        RUN sh -c 'apt-get update && apt-get install -y --no-install-recommends git'
        """).ShouldNotReport("DKS3003");

    [Test]
    public void Guard_apk_update_then_add_and_other_managers() => Dockerfile("""
        FROM alpine:3.20.3
        RUN apk update && apk add curl
        RUN apk update && apk upgrade
        RUN dnf makecache
        RUN zypper refresh
        RUN echo apt-get update
        """).ShouldNotReport("DKS3003");

    [Test]
    public void Guard_windows_stage() => Dockerfile("""
        FROM mcr.microsoft.com/windows/servercore:ltsc2022
        RUN apt-get update
        """).ShouldNotReport("DKS3003");
}
