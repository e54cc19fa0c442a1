namespace DockerSecurity.Analysis.Tests.Rules.Build;

public class DKS3004Tests : RuleTest
{
    [Test]
    public void Unpinned_apt_package_is_reported_on_its_word()
    {
        var finding = Dockerfile("""
            FROM python:3.12.8-slim
            RUN apt-get update && apt-get install --no-install-recommends -y {|DKS3004:curl|} ca-certificates=20230311 \
                && rm -rf /var/lib/apt/lists/*
            """).ShouldReport().Single("DKS3004");
        Assert.That(finding.Message, Is.EqualTo(
            "Package 'curl' is installed without a version, so each build can get a different one; pin it ('curl=<version>')"));
    }

    [Test]
    public void Each_manager_has_its_own_pin_syntax() => Dockerfile("""
        FROM alpine:3.20.3
        RUN apk add --no-cache --virtual .build-deps {|DKS3004:gcc|} musl-dev=1.2.5-r0 {|DKS3004:python3~3.12|} {|DKS3004:'libffi>=3.4'|}
        RUN pip install --no-cache-dir {|DKS3004:gunicorn|} flask==3.1.0 {|DKS3004:"uvicorn[standard]>=0.30"|} {|DKS3004:"requests~=2.32"|} {|DKS3004:django==5.*|}
        RUN python3 -m pip install --no-cache-dir --upgrade {|DKS3004:pip|}
        RUN npm install -g {|DKS3004:pm2|} typescript@5.7.2 {|DKS3004:@angular/cli@^19.0.0|} @nestjs/cli@10.4.9 {|DKS3004:npm@latest|}
        RUN gem install {|DKS3004:bundler|} rake:13.2.1 && gem install rails -v 8.0.1
        RUN yum install -y {|DKS3004:httpd|} nginx-1.20.1-1.el8 {|DKS3004:java-17-openjdk|} && yum clean all
        """).ShouldReport();

    [Test]
    public void Unpinned_packages_on_continuation_lines() => Dockerfile("""
        FROM debian:12.8-slim
        RUN apt-get update \
         && apt-get install -y --no-install-recommends \
              {|DKS3004:curl|} \
              libpq5=15.10-0+deb12u1 \
              {|DKS3004:"git"|} \
         && rm -rf /var/lib/apt/lists/*
        """).ShouldReport();

    [Test]
    public void Guard_locks_files_paths_and_variables() => Dockerfile("""
        FROM node:20.18.1-bookworm-slim
        ARG CURL_VERSION=7.88.1-10+deb12u8
        RUN apt-get install -y --no-install-recommends curl=${CURL_VERSION} $EXTRA_PACKAGES ./vendor/tool.deb
        RUN npm ci --omit=dev && npm install && npm install ./packages/shared && yarn install --frozen-lockfile
        RUN pip install --no-cache-dir -r requirements.txt -c constraints.txt . ./libs/core /wheels/app-1.0-py3-none-any.whl
        RUN pip install --no-cache-dir -e . "git+https://github.com/org/repo@v1.2.3#egg=repo"
        RUN pip install --no-cache-dir "flask==3.1.0" "celery[redis]==5.4.0"
        RUN gem install bundler --version 2.5.23
        RUN dnf install -y @development-tools /tmp/local.rpm && dnf clean all
        RUN echo apt-get install curl
        """).ShouldNotReport("DKS3004");

    [Test]
    public void Guard_removals_and_upgrades_are_not_installs() => Dockerfile("""
        FROM debian:12.8-slim
        RUN apt-get purge -y --auto-remove curl && apt-get upgrade -y
        RUN pip uninstall -y setuptools
        """).ShouldNotReport("DKS3004");
}
