using System.Linq;
using DockerSecurity.Analysis.Rules;

namespace DockerSecurity.IntegrationTests;

/// <summary>
/// Every Dockerfile rule, seen in a real build: a deliberately bad multi-stage Dockerfile (and two small
/// ones for the health-check rules that exclude each other) reports each rule at its exact line and
/// column; a well-hardened multi-stage .NET Dockerfile reports nothing.
/// </summary>
public class DockerfileRulesTests
{
    private const string BadDockerfile = """
        ARG BASE_TAG
        FROM golang AS tools
        RUN go install example.com/tool@v1.2.3
        FROM node:lts AS web
        FROM registry.example.com/base:${BASE_TAG} AS base
        FROM python:3.12.8 AS final
        ENV API_TOKEN=hunter2hunter2hunter2
        ENV PIP_TRUSTED_HOST=pypi.example.com
        RUN apt-get update
        RUN apt-get install -y build-essential openssh-server \
         && curl -k https://example.com/install.sh | sh
        RUN sudo chmod 777 /srv
        RUN --network=host pip install requests
        ADD ./src /app/src
        ADD https://example.com/tool.tgz /opt/
        COPY . /app
        COPY id_rsa /root/.ssh/id_rsa
        RUN git clone https://deploy:s3cr3tpassw0rd@github.com/acme/app.git
        EXPOSE 22
        USER ghost
        USER root
        HEALTHCHECK CMD curl -f http://localhost/ || exit 1
        HEALTHCHECK NONE
        CMD ["python", "old.py"]
        CMD ["python", "app.py"]
        ENTRYPOINT python -m app
        """;

    private const string NoHealthcheck = """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0.11-noble-chiseled
        ENTRYPOINT ["/app/app"]
        """;

    private const string HealthcheckWithoutTiming = """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0.11-noble-chiseled@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
        HEALTHCHECK CMD ["/app/healthcheck"]
        ENTRYPOINT ["/app/app"]
        """;

    private const string HardenedDockerfile = """
        # syntax=docker/dockerfile:1
        FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:9.0.100@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS build
        ARG TARGETARCH
        WORKDIR /source
        COPY --link *.csproj .
        RUN dotnet restore -a $TARGETARCH
        COPY --link . .
        RUN dotnet publish -a $TARGETARCH --no-restore -o /app

        FROM mcr.microsoft.com/dotnet/aspnet:9.0.0-noble-chiseled@sha256:fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210
        WORKDIR /app
        COPY --link --from=build /app .
        USER $APP_UID
        HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD ["/app/healthcheck"]
        ENTRYPOINT ["./app"]
        """;

    private const string HardenedDockerignore = """
        .git
        **/.env
        **/*.pem
        **/*.key
        **/id_rsa*
        **/bin
        **/obj
        """;

    [Test]
    public void Bad_dockerfile_fires_every_dockerfile_rule_at_its_place_and_the_hardened_one_is_quiet()
    {
        var project = new ConsumerProject("DockerfileRules", """
              <PropertyGroup>
                <DockerSecurityTrustedRegistries>mcr.microsoft.com</DockerSecurityTrustedRegistries>
              </PropertyGroup>
            """);
        project.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DKS3004.severity = warning\n");
        project.Write("bad/Dockerfile", BadDockerfile + "\n");
        project.Write("bad/Dockerfile.health", NoHealthcheck + "\n");
        project.Write("bad/Dockerfile.timing", HealthcheckWithoutTiming + "\n");
        project.Write("hardened/Dockerfile", HardenedDockerfile + "\n");
        project.Write("hardened/.dockerignore", HardenedDockerignore + "\n");

        var build = project.Build();

        var dockerfileRules = RuleCatalog.All
            .Where(rule => rule.Target.HasFlag(RuleTarget.Dockerfile) && !rule.Id.StartsWith("DKS0", System.StringComparison.Ordinal))
            .Select(rule => rule.Id);
        Assert.Multiple(() =>
        {
            Assert.That(build.ExitCode, Is.EqualTo(1), "DKS3008 and DKS4003 are errors by default");
            Assert.That(build.Findings, Is.EqualTo(Expected(project)), build.ToString);
            Assert.That(build.Findings.Select(line => System.Text.RegularExpressions.Regex.Match(line, @"DKS\d{4}").Value).Distinct(), Is.SupersetOf(dockerfileRules));
            Assert.That(build.Findings.Where(line => line.Contains("/hardened/")), Is.Empty);
        });
    }

    private static string[] Expected(ConsumerProject project) => new[]
    {
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS1001", (2, 6, 2, 12), "'golang' has no tag, so Docker pulls 'latest', which changes without notice: pin a full version tag"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS1005", (2, 6, 2, 12), "'golang' comes from 'docker.io', which is not in DockerSecurityTrustedRegistries (mcr.microsoft.com); use an image from a trusted registry or mirror it into one"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS1002", (4, 6, 4, 14), "'node:lts' floats: tag 'lts' names a release channel, not a version, so a rebuild can pull a different image: pin the full version (major.minor.patch)"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS1005", (4, 6, 4, 14), "'node:lts' comes from 'docker.io', which is not in DockerSecurityTrustedRegistries (mcr.microsoft.com); use an image from a trusted registry or mirror it into one"),
        project.ExpectedLine("bad/Dockerfile", "message", "DKS1007", (5, 32, 5, 43), "'${BASE_TAG}' in FROM has no default value, so the base image is unknown until build time and cannot be checked; give the ARG a default (ARG BASE_TAG=<value>)"),
        project.ExpectedLine("bad/Dockerfile", "message", "DKS1003", (6, 6, 6, 19), "'python:3.12.8' is not pinned by digest: add @sha256:<digest> so the image cannot change under its tag"),
        project.ExpectedLine("bad/Dockerfile", "message", "DKS1004", (6, 6, 6, 19), "'python:3.12.8' is a full image with a shell, package manager and tools the application does not need at run time; use a minimal variant (slim, alpine, distroless or chiseled)"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS1005", (6, 6, 6, 19), "'python:3.12.8' comes from 'docker.io', which is not in DockerSecurityTrustedRegistries (mcr.microsoft.com); use an image from a trusted registry or mirror it into one"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS4001", (7, 5, 7, 14), "ENV 'API_TOKEN' (value 'hu*****') looks like a secret, and ENV values are stored in the image configuration; supply it when the container runs, or use RUN --mount=type=secret while building"),
        project.ExpectedLine("bad/Dockerfile", "error", "DKS3008", (8, 22, 8, 38), "'PIP_TRUSTED_HOST=pypi.example.com' lets pip download from that host without a valid TLS certificate; trust the needed CA with --cert (PIP_CERT) instead"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS3003", (9, 13, 9, 19), "'apt-get update' is not followed by an install in the same RUN: the cached layer keeps a stale package index, so a later install gets old or missing packages; update and install in one RUN"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS3001", (10, 13, 10, 20), "'apt-get install' without --no-install-recommends also installs every package they recommend, which the image does not need; add --no-install-recommends"),
        project.ExpectedLine("bad/Dockerfile", "message", "DKS3002", (10, 13, 10, 20), "'apt-get install' leaves the package lists of /var/lib/apt/lists in this layer; add '&& rm -rf /var/lib/apt/lists/*' at the end of the same RUN"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS1006", (10, 24, 10, 39), "'build-essential' puts a build toolchain into the final image; install it in a build stage and copy only the result, or remove it in the same RUN"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS3004", (10, 24, 10, 39), "Package 'build-essential' is installed without a version, so each build can get a different one; pin it ('build-essential=<version>')"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS3004", (10, 40, 10, 54), "Package 'openssh-server' is installed without a version, so each build can get a different one; pin it ('openssh-server=<version>')"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS6001", (10, 40, 10, 54), "'openssh-server' installs an SSH server in the final image, a way in that bypasses the container's isolation; remove it and use 'docker exec' for shell access"),
        project.ExpectedLine("bad/Dockerfile", "error", "DKS3008", (11, 10, 11, 12), "'curl -k' turns off TLS certificate verification, so anyone on the network path can replace what is downloaded; remove it and trust the needed CA certificate instead (update-ca-certificates)"),
        project.ExpectedLine("bad/Dockerfile", "message", "DKS3011", (11, 44, 11, 45), "The pipe after 'curl' hides its failure: without pipefail a pipeline succeeds whenever its last command does; add SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before this RUN, or start the RUN with 'set -o pipefail &&' if its shell supports it"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS3007", (11, 46, 11, 48), "'curl ... | sh' runs a downloaded script without checking it, so whoever controls the server or the network path decides what the build runs; download it to a file, verify its checksum, then run it"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS2003", (12, 5, 12, 9), "'sudo' in RUN means the image carries sudo, so its user can become root again; run this step before USER (build steps run as root until then) and do not install sudo"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS2004", (12, 16, 12, 19), "'chmod 777' makes the files writable by every user in the container; give the files to the user that needs them (chown) and use a mode such as 755 or 750"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS3009", (13, 5, 13, 19), "'RUN --network=host' gives this build step the build host's network, including services listening on its loopback; remove it (pass proxies with the HTTP_PROXY build argument)"),
        project.ExpectedLine("bad/Dockerfile", "message", "DKS3002", (13, 24, 13, 31), "'pip install' keeps its download cache (~/.cache/pip) in this layer; add --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1)"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS3004", (13, 32, 13, 40), "Package 'requests' is installed without a version, so each build can get a different one; pin it ('requests==<version>')"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS3005", (14, 1, 14, 4), "ADD copies local content ('./src'); use COPY, which never downloads URLs or unpacks archives by surprise"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS3006", (15, 5, 15, 33), "ADD downloads 'https://example.com/tool.tgz' without --checksum, so whatever the server returns ends up in the image; add --checksum=sha256:<hash> of the expected file"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS3010", (16, 6, 16, 7), "'COPY . /app' copies the whole build context and no .dockerignore was found, so '.env', '*.pem', '*.key', '*.pfx', '*.p12' and 'id_rsa*' can end up in the image; add a .dockerignore that excludes them, or copy only what the image needs"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS4002", (17, 6, 17, 12), "COPY puts the private key 'id_rsa' into an image layer, where anyone who can pull the image can read it; mount it at run time (a compose secret) or while building (RUN --mount=type=secret) instead"),
        project.ExpectedLine("bad/Dockerfile", "error", "DKS4003", (18, 30, 18, 44), "Hard-coded password 's3*****' in a URL in RUN: it is kept in the repository and in the image; revoke it and pass it as a build secret (RUN --mount=type=secret)"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS6001", (19, 8, 19, 10), "EXPOSE '22' advertises the SSH port 22; remove it and use 'docker exec' for shell access"),
        project.ExpectedLine("bad/Dockerfile", "message", "DKS2002", (20, 6, 20, 11), "USER 'ghost' is never created in this Dockerfile and 'python:3.12.8' is not known to have it, so the container cannot start; create it (useradd, adduser) before USER, or use a numeric UID"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS2001", (21, 6, 21, 10), "USER root makes the final stage run as root; switch to a non-root user after the steps that need root"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS3013", (22, 1, 22, 12), "This HEALTHCHECK has no effect: the HEALTHCHECK on line 23 replaces it; remove it"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS5002", (23, 13, 23, 17), "'HEALTHCHECK NONE' disables the container's health check, the base image's included, so Docker cannot tell a hung container from a healthy one; define a HEALTHCHECK that probes the service"),
        project.ExpectedLine("bad/Dockerfile", "warning", "DKS3013", (24, 1, 24, 4), "This CMD has no effect: the CMD on line 25 replaces it; remove it, or run both steps from one entrypoint script"),
        project.ExpectedLine("bad/Dockerfile", "message", "DKS3012", (26, 12, 26, 25), "Shell-form ENTRYPOINT runs under '/bin/sh -c', so the shell is PID 1 and the application does not receive SIGTERM and cannot shut down gracefully; use the exec form ENTRYPOINT [\"python\", \"-m\", \"app\"]"),
        project.ExpectedLine("bad/Dockerfile.health", "message", "DKS1003", (1, 6, 1, 59), "'mcr.microsoft.com/dotnet/aspnet:8.0.11-noble-chiseled' is not pinned by digest: add @sha256:<digest> so the image cannot change under its tag"),
        project.ExpectedLine("bad/Dockerfile.health", "warning", "DKS5001", (1, 6, 1, 59), "The final stage has no HEALTHCHECK, so a hung container still looks healthy: add HEALTHCHECK CMD with a probe of the service (or define the health check in compose)"),
        project.ExpectedLine("bad/Dockerfile.timing", "message", "DKS5005", (2, 1, 2, 12), "HEALTHCHECK relies on Docker's defaults for --interval, --timeout and --retries (30s, 30s, 3); set them explicitly"),
    };
}
