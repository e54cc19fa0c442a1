namespace DockerSecurity.Analysis.Tests.Rules.Build;

public class DKS3009Tests : RuleTest
{
    [Test]
    public void Host_network_is_reported_at_the_flag()
    {
        var finding = Dockerfile("""
            FROM python:3.12.8-slim
            RUN {|DKS3009:--network=host|} pip install --no-cache-dir -r requirements.txt
            """).ShouldReport().Single("DKS3009");
        Assert.That(finding.Message, Is.EqualTo("'RUN --network=host' gives this build step the build host's network, including services listening on its loopback; remove it (pass proxies with the HTTP_PROXY build argument)"));
    }

    [Test]
    public void Insecure_security_is_reported_at_the_flag()
    {
        var finding = Dockerfile("""
            # syntax=docker/dockerfile:1-labs
            FROM alpine:3.20.3 AS build
            RUN --mount=type=cache,target=/var/cache/apk \
                {|DKS3009:--security=insecure|} \
                mount -t tmpfs none /mnt
            """).ShouldReport().Single("DKS3009");
        Assert.That(finding.Message, Is.EqualTo("'RUN --security=insecure' runs this build step as a privileged container on the build host, with all devices and capabilities; remove it and do the privileged work outside the image build"));
    }

    [Test]
    public void Both_options_in_one_run() => Dockerfile("""
        FROM alpine:3.20.3
        RUN {|DKS3009:--network=HOST|} {|DKS3009:--security=insecure|} echo hi
        """).ShouldReport();

    [Test]
    public void Build_stages_are_checked_too() => Dockerfile("""
        FROM golang:1.23.4 AS build
        RUN {|DKS3009:--network=host|} go mod download
        FROM gcr.io/distroless/static-debian12:nonroot
        COPY --from=build /app /app
        """).ShouldReport();

    [TestCase("RUN --network=none make test")]
    [TestCase("RUN --network=default make")]
    [TestCase("RUN --security=sandbox make")]
    [TestCase("RUN --mount=type=secret,id=npm,target=/root/.npmrc npm ci")]
    [TestCase("RUN echo --network=host")]
    public void Guard_sandboxed_runs(string run) => Dockerfile($"""
        FROM alpine:3.20.3
        {run}
        """).ShouldNotReport("DKS3009");
}
