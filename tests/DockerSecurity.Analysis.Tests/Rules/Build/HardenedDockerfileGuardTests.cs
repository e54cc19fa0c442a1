namespace DockerSecurity.Analysis.Tests.Rules.Build;

/// <summary>Hardened Dockerfiles, the standard's own among them, stay quiet for every shell-aware rule.</summary>
public class HardenedDockerfileGuardTests : RuleTest
{
    private static readonly string[] ShellRules = { "DKS1006", "DKS2003", "DKS2004", "DKS3001", "DKS3002", "DKS3003", "DKS3007", "DKS3008", "DKS3011" };

    [TestCase("### Secure Dockerfile Template")]
    [TestCase("### Multi-stage Builds")]
    public void Seed_examples(string heading) =>
        Dockerfile(SeedDockerfiles.SecureTemplate(heading)).ShouldNotReport(ShellRules);

    [Test]
    public void Python_with_pinned_packages_and_bash_pipefail() => Dockerfile("""
        # syntax=docker/dockerfile:1
        FROM python:3.12.8-slim-bookworm AS builder
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN apt-get update \
         && apt-get install -y --no-install-recommends build-essential=12.9 libpq-dev=15.10-0+deb12u1 \
         && rm -rf /var/lib/apt/lists/*
        RUN python -m venv /opt/venv
        ENV PATH="/opt/venv/bin:$PATH"
        COPY requirements.txt .
        RUN --mount=type=cache,target=/root/.cache/pip pip install --no-deps -r requirements.txt

        FROM python:3.12.8-slim-bookworm
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN apt-get update \
         && apt-get install -y --no-install-recommends libpq5=15.10-0+deb12u1 curl=7.88.1-10+deb12u8 \
         && rm -rf /var/lib/apt/lists/* \
         && groupadd -r appuser && useradd -r -g appuser -d /home/appuser -m appuser \
         && mkdir -p /app/uploads /app/logs \
         && chown -R appuser:appuser /app \
         && chmod -R 750 /app/uploads /app/logs
        COPY --from=builder /opt/venv /opt/venv
        COPY --chown=appuser:appuser --chmod=0644 config/app.toml /app/config/app.toml
        ENV PATH="/opt/venv/bin:$PATH" PYTHONDONTWRITEBYTECODE=1
        WORKDIR /app
        COPY --chown=appuser:appuser src/ ./src/
        USER appuser
        HEALTHCHECK --interval=30s --timeout=10s --retries=3 CMD curl -fsS http://localhost:8000/health || exit 1
        CMD ["python", "-m", "src.main"]
        """).ShouldNotReport(ShellRules).ShouldNotReport("DKS3004");

    [Test]
    public void Alpine_with_virtual_build_deps_and_verified_download() => Dockerfile("""
        FROM alpine:3.20.3
        SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
        ARG TOOL_VERSION=1.4.2
        ARG TOOL_SHA256=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
        RUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0 musl-dev=1.2.5-r0 \
         && apk add --no-cache ca-certificates=20241121-r1 \
         && wget -qO /tmp/tool.tar.gz "https://example.com/tool-${TOOL_VERSION}.tar.gz" \
         && echo "${TOOL_SHA256}  /tmp/tool.tar.gz" | sha256sum -c - \
         && tar -xzf /tmp/tool.tar.gz -C /usr/local/bin \
         && rm /tmp/tool.tar.gz \
         && apk del --no-network .build-deps \
         && addgroup -S app && adduser -S -G app app
        USER app
        HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD ["/usr/local/bin/tool", "health"]
        ENTRYPOINT ["/usr/local/bin/tool"]
        """).ShouldNotReport(ShellRules).ShouldNotReport("DKS3004");

    [Test]
    public void Node_with_npm_ci_and_a_trusted_corporate_ca() => Dockerfile("""
        FROM node:20.18.1-bookworm-slim AS build
        WORKDIR /app
        COPY package.json package-lock.json ./
        RUN npm ci && npm cache clean --force
        COPY . .
        RUN npm run build && npm prune --omit=dev

        FROM node:20.18.1-bookworm-slim
        COPY certs/corp-root-ca.crt /usr/local/share/ca-certificates/corp-root-ca.crt
        RUN update-ca-certificates
        ENV NODE_ENV=production NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/corp-root-ca.crt NODE_TLS_REJECT_UNAUTHORIZED=1
        WORKDIR /app
        COPY --from=build --chown=node:node /app/dist ./dist
        COPY --from=build --chown=node:node /app/node_modules ./node_modules
        USER node
        HEALTHCHECK --interval=30s --timeout=10s --retries=3 CMD ["node", "dist/healthcheck.js"]
        CMD ["node", "dist/server.js"]
        """).ShouldNotReport(ShellRules).ShouldNotReport("DKS3004");
}
