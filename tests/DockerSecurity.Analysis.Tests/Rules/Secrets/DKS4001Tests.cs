using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Secrets;

public class DKS4001Tests : RuleTest
{
    [Test]
    public void Env_and_arg_with_secret_names_are_reported_at_the_name() => Dockerfile("""
        FROM node:20.18.1-bookworm-slim
        ARG {|DKS4001:NPM_TOKEN|}
        ENV {|DKS4001:JWT_SECRET|}=hunter2hunter2
        ENV {|DKS4001:DB_PASSWORD|} legacy-form-value
        ENV A=1 {|DKS4001:api-key|}="quoted value" B=2
        ARG {|DKS4001:AWS_SECRET_ACCESS_KEY|}=
        """).ShouldReport();

    [Test]
    public void Messages_name_the_variable_and_redact_the_value()
    {
        var result = Dockerfile("""
            FROM node:20.18.1-bookworm-slim
            ARG NPM_TOKEN
            ARG GITHUB_TOKEN=tok-1234567890
            ENV JWT_SECRET=hunter2hunter2
            """);
        var messages = result.Diagnostics.Where(d => d.Id == "DKS4001").Select(d => d.Message).ToList();
        Assert.That(messages, Is.EqualTo(new[]
        {
            "ARG 'NPM_TOKEN' looks like a secret, and build arguments are recorded in the image history; use RUN --mount=type=secret instead",
            "ARG 'GITHUB_TOKEN' (default 'to*****') looks like a secret, and build arguments are recorded in the image history; use RUN --mount=type=secret instead",
            "ENV 'JWT_SECRET' (value 'hu*****') looks like a secret, and ENV values are stored in the image configuration; supply it when the container runs, or use RUN --mount=type=secret while building",
        }));
    }

    [Test]
    public void The_secret_value_is_in_no_message_and_no_evidence()
    {
        var result = Dockerfile("""
            FROM alpine:3.20.3
            ARG GITHUB_TOKEN=tok-1234567890
            ENV JWT_SECRET=hunter2hunter2
            """);
        var findings = result.Diagnostics.Where(d => d.Id == "DKS4001").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(findings, Has.Count.EqualTo(2));
            foreach (var finding in findings)
            {
                Assert.That(finding.Message, Does.Not.Contain("hunter2hunter2").And.Not.Contain("tok-1234567890"));
                Assert.That(finding.Evidence, Does.Not.Contain("hunter2hunter2").And.Not.Contain("tok-1234567890"));
            }

            Assert.That(findings.Select(f => f.Evidence), Is.EqualTo(new[] { "ARG GITHUB_TOKEN", "ENV JWT_SECRET" }));
        });
    }

    [Test]
    public void Name_segments_decide_case_insensitively() => Dockerfile("""
        FROM alpine:3.20.3
        ENV {|DKS4001:mysql_pwd|}=x {|DKS4001:DBPASSWORD|}=x {|DKS4001:Stripe_Api_Key|}=x {|DKS4001:SIGNING_KEY|}=x {|DKS4001:GPG_PASSPHRASE|}=x {|DKS4001:DB_CREDENTIALS|}=x
        ENV PWD=/app MAX_TOKENS=4096 TOKENIZERS_PARALLELISM=false CACHE_KEY=v1 PRIMARY_KEY=id KEYBOARD=us
        """).ShouldReport();

    [Test]
    public void Global_arg_is_reported_once_when_a_stage_imports_it() => Dockerfile("""
        ARG {|DKS4001:NPM_TOKEN|}
        FROM node:20.18.1-bookworm-slim
        ARG NPM_TOKEN
        FROM node:20.18.1-bookworm-slim AS other
        ARG {|DKS4001:PIP_TOKEN|}
        """).ShouldReport();

    [Test]
    public void Onbuild_env_is_reported() => Dockerfile("""
        FROM alpine:3.20.3
        ONBUILD ENV {|DKS4001:API_TOKEN|}=abc
        """).ShouldReport();

    [Test]
    public void Env_copying_a_build_argument_is_reported() => Dockerfile("""
        FROM alpine:3.20.3
        ARG {|DKS4001:DB_PASSWORD|}
        ENV {|DKS4001:DB_PASSWORD|}=${DB_PASSWORD}
        """).ShouldReport();

    [Test]
    public void Guard_names_that_describe_a_secret_rather_than_hold_it() => Dockerfile("""
        FROM alpine:3.20.3
        ENV DB_PASSWORD_FILE=/run/secrets/db_password JWT_SECRET_FILE=/run/secrets/jwt TOKEN_URL=https://auth/token
        ENV SECRET_NAME=prod/db AWS_ACCESS_KEY_ID=abc TOKEN_TTL=3600 PASSWORD_MIN_LENGTH=12 AUTH_TOKEN_HEADER=X-Token
        ENV NPM_TOKEN_PATH=/run/secrets/npm SECRETS_DIR=/run/secrets API_KEY_ENABLED=1 CLIENT_SECRET_ID=x
        ENV STRIPE_PUBLISHABLE_KEY=pk_live_x NEXT_PUBLIC_API_KEY=x PUBLIC_KEY=x GOOGLE_APPLICATION_CREDENTIALS=/app/gcp.json
        ARG DB_PASSWORD_FILE
        """).ShouldNotReport("DKS4001");

    [Test]
    public void Guard_empty_env_values_flags_and_secret_mount_paths() => Dockerfile("""
        FROM alpine:3.20.3
        ENV JWT_SECRET= DB_PASSWORD="" API_TOKEN=''
        ENV REQUIRE_TOKEN=true USE_SECRET=false
        ENV DB_PASSWORD=/run/secrets/db_password
        ARG NPM_TOKEN=/root/.npmrc
        RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
        """).ShouldNotReport("DKS4001");

    [Test]
    public void Guard_secrets_used_through_secret_mounts() => Dockerfile("""
        FROM node:20.18.1-bookworm-slim
        WORKDIR /app
        RUN --mount=type=secret,id=npm_token NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci
        ENV NODE_ENV=production
        """).ShouldNotReport("DKS4001");
}
