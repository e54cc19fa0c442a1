using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Secrets;

public class DKS4003Tests : RuleTest
{
    private const string GitHubToken = "ghp_0123456789abcdefghijABCDEFGHIJklmnop";

    [Test]
    public void Url_password_is_reported_at_the_password() => Dockerfile("""
        FROM alpine:3.20.3
        RUN curl -fsS https://admin:{|DKS4003:hunter2hunter2|}@repo.example.com/artifact.tgz -o /tmp/a.tgz
        ENV DATABASE_URL=postgresql://orders:{|DKS4003:s3cr3t-pw|}@db:5432/orders
        LABEL source="git+https://ci:{|DKS4003:ci-password|}@git.example.com/app.git"
        ENV REDIS_URL=redis://:{|DKS4003:redispass|}@cache:6379/0
        """).ShouldReport();

    [Test]
    public void Known_token_formats_are_reported_wherever_they_are() => Dockerfile("""
        FROM alpine:3.20.3
        ENV GITHUB_TOKEN={|DKS4003:ghp_0123456789abcdefghijABCDEFGHIJklmnop|}
        ARG FINE={|DKS4003: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|}
        RUN git clone https://oauth2:{|DKS4003:glpat-AbCdEfGhIj0123456789|}@gitlab.example.com/platform/config.git
        LABEL aws={|DKS4003:AKIAZ7QWERTY12345678|} slack="{|DKS4003:xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp|}"
        ENV STRIPE={|DKS4003:sk_live_4eC39HqLyjWDarjtT1zdp7dc|} MAPS={|DKS4003:AIzaSyA-0123456789abcdefghijABCDEFGHIJk|}
        RUN echo "//registry.npmjs.org/:_authToken={|DKS4003:npm_shVv5UTG79BG16QmtsL4F28GzL2cEpVZzAQl|}" > /root/.npmrc
        RUN echo {|DKS4003:dckr_pat_AbCdEfGhIjKlMnOpQrStUvWxYz0|} | docker login -u ci --password-stdin
        ENV STORAGE="DefaultEndpointsProtocol=https;AccountName=app;AccountKey={|DKS4003:UVl4nuYV+d8fNYvvDbzDZST6IaXqA2h9Uz0+T1SaQ6dDwxlGejkc5bJFIoxSLivuGvIL6P/8odNXR1yHnGA3cC==|};EndpointSuffix=core.windows.net"
        """).ShouldReport();

    [Test]
    public void Private_key_in_a_heredoc_is_reported_at_its_begin_line() => Dockerfile("""
        FROM alpine:3.20.3
        COPY <<EOF /root/.ssh/id_rsa
        {|DKS4003:-----BEGIN RSA PRIVATE KEY-----|}
        MIIEpAIBAAKCAQEA0123456789abcdefghijABCDEFGHIJklmnopqrstuv
        -----END RSA PRIVATE KEY-----
        EOF
        """).ShouldReport();

    [Test]
    public void Connection_string_and_npm_settings_passwords() => Dockerfile("""
        FROM mcr.microsoft.com/dotnet/aspnet:8.0.11
        ENV ConnectionStrings__Default="Server=db;Database=orders;User Id=sa;Password={|DKS4003:Str0ng!Passw0rd|};TrustServerCertificate=true"
        RUN printf '//npm.example.com/:_password={|DKS4003:cGFzc3dvcmQ=|}\n' >> /root/.npmrc
        """).ShouldReport();

    [Test]
    public void Token_in_a_comment_is_reported() => Dockerfile("""
        FROM alpine:3.20.3
        # old token: {|DKS4003:ghp_0123456789abcdefghijABCDEFGHIJklmnop|}
        RUN echo ok \
        # {|DKS4003:AKIAZ7QWERTY12345678|} in a comment between continuation lines
            && echo done
        """).ShouldReport();

    [Test]
    public void Passwords_given_to_commands() => Dockerfile("""
        FROM alpine:3.20.3
        RUN mysql -uroot -p{|DKS4003:hunter2|} -e "select 1" && mysqldump --password={|DKS4003:dump-pass|} app > /tmp/a.sql
        RUN docker login -u ci -p {|DKS4003:registry-pw|} registry.example.com && helm registry login r.example.com --password {|DKS4003:helm-pw|}
        RUN redis-cli -a {|DKS4003:redis-pw|} ping && sshpass -p{|DKS4003:ssh-pw|} ssh deploy@host true
        RUN curl -u admin:{|DKS4003:curl-pw|} https://x.example.com && curl --user=bot:{|DKS4003:bot-pw|} https://y.example.com
        RUN openssl pkcs12 -export -in c.crt -inkey c.key -out c.p12 -passout pass:{|DKS4003:p12-pw|}
        RUN keytool -genkey -alias app -keystore app.jks -storepass {|DKS4003:store-pw|} -keypass {|DKS4003:key-pw|}
        RUN htpasswd -bc /etc/nginx/.htpasswd admin {|DKS4003:admin-pw|}
        RUN echo "root:{|DKS4003:Docker!|}" | chpasswd
        RUN PGPASSWORD={|DKS4003:pg-pass|} psql -h db -c 'select 1' && export API_TOKEN={|DKS4003:tok-123|}
        RUN sh -c 'wget --http-password={|DKS4003:wget-pw|} https://files.example.com/a'
        RUN sudo -u app env DB_PASSWORD={|DKS4003:env-pw|} ./migrate --api-key={|DKS4003:key-123|}
        """).ShouldReport();

    [Test]
    public void Exec_form_and_health_checks_are_read_as_commands() => Dockerfile("""
        FROM alpine:3.20.3
        HEALTHCHECK CMD mysqladmin ping -uroot -p{|DKS4003:health-pw|}
        ENTRYPOINT ["redis-server", "--requirepass", "{|DKS4003:redis-pass|}", "--masterauth", "x"]
        CMD ["mysql", "-h", "db", "-p{|DKS4003:secretpw|}"]
        ONBUILD RUN mysqladmin -uroot -p{|DKS4003:onbuild-pw|} create app
        """).ShouldReport();

    [Test]
    public void Windows_stages_are_searched_as_text_only() => Dockerfile("""
        FROM mcr.microsoft.com/windows/servercore:ltsc2022
        SHELL ["powershell", "-Command"]
        RUN mysql -pnot-read-as-posix; git clone https://ci:{|DKS4003:win-password|}@git.example.com/a.git
        """).ShouldReport();

    [Test]
    public void Exact_message_for_a_dockerfile()
    {
        var finding = Dockerfile("""
            FROM python:3.12.8-slim
            RUN git clone https://oauth2:glpat-AbCdEfGhIj0123456789@gitlab.example.com/platform/shared-config.git /opt/config
            """).Single("DKS4003");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Message, Is.EqualTo("Hard-coded GitLab token 'glpat-*****' in RUN: it is kept in the repository and in the image; revoke it and pass it as a build secret (RUN --mount=type=secret)"));
            Assert.That(finding.Evidence, Is.EqualTo("RUN GitLab token glpat-*****"));
        });
    }

    [Test]
    public void Exact_messages_for_passwords()
    {
        var result = Dockerfile("""
            FROM alpine:3.20.3
            RUN curl https://admin:hunter2hunter2@repo.example.com/a && mysql -phunter2hunter2
            """);
        Assert.That(result.Diagnostics.Where(d => d.Id == "DKS4003").Select(d => d.Message), Is.EqualTo(new[]
        {
            "Hard-coded password 'hu*****' in a URL in RUN: it is kept in the repository and in the image; revoke it and pass it as a build secret (RUN --mount=type=secret)",
            "Hard-coded password 'hu*****' in the '-p' option of 'mysql' in RUN: it is kept in the repository and in the image; revoke it and pass it as a build secret (RUN --mount=type=secret)",
        }));
    }

    [Test]
    public void No_secret_value_is_in_any_message_or_evidence()
    {
        var secrets = new[] { GitHubToken, "hunter2hunter2", "AKIAZ7QWERTY12345678", "Str0ng!Passw0rd", "registry-pw", "MIIEpAIBAAKCAQEA0123456789abcdefghijABCDEFGHIJklmnopqrstuv" };
        var result = Dockerfile($$"""
            FROM alpine:3.20.3
            # {{GitHubToken}}
            ENV A=https://u:hunter2hunter2@h.example.com B=AKIAZ7QWERTY12345678 C="Server=db;Password=Str0ng!Passw0rd;"
            RUN docker login -p registry-pw r.example.com
            COPY <<EOF /key
            -----BEGIN PRIVATE KEY-----
            MIIEpAIBAAKCAQEA0123456789abcdefghijABCDEFGHIJklmnopqrstuv
            -----END PRIVATE KEY-----
            EOF
            """);
        var findings = result.Diagnostics.Where(d => d.Id == "DKS4003").ToList();
        Assert.That(findings, Has.Count.EqualTo(6));
        foreach (var finding in findings)
        {
            foreach (var secret in secrets)
            {
                Assert.That(finding.Message, Does.Not.Contain(secret));
                Assert.That(finding.Evidence, Does.Not.Contain(secret));
            }
        }
    }

    [Test]
    public void Guard_variables_and_command_substitutions_stand_for_secrets() => Dockerfile("""
        FROM alpine:3.20.3
        RUN echo $PASSWORD && echo "${DB_PASSWORD}"
        RUN mysql -uroot -p"$MYSQL_ROOT_PASSWORD" -e 'select 1' && mysql -p && mysql --password mydb
        RUN --mount=type=secret,id=pw curl -u "admin:$(cat /run/secrets/pw)" https://x.example.com
        RUN git clone "https://oauth2:${GITLAB_TOKEN}@gitlab.example.com/a.git" && git clone https://$USER:$PASS@h.example.com/b.git
        RUN PGPASSWORD="$(cat /run/secrets/pg)" psql -h db && export API_TOKEN=$API_TOKEN
        RUN echo "$ROOT_PASSWORD" | docker login --password-stdin -u ci && docker build --secret id=npm,src=.npmrc .
        ENV DATABASE_URL=postgresql://orders@db:5432/orders MIRROR=https://user:@mirror.example.com ARGS="--private-key=/keys/k.pem"
        """).ShouldNotReport("DKS4003");

    [Test]
    public void Guard_lookalikes_examples_and_placeholders() => Dockerfile("""
        FROM alpine:3.20.3
        ENV AWS_KEY_ID=AKIAIOSFODNN7EXAMPLE STRIPE=sk_test_4eC39HqLyjWDarjtT1zdp7dc PASSWORD=plain-env-is-dks4001
        RUN grep -q -- "-----BEGIN PRIVATE KEY-----" /etc/ssl/private/key.pem
        RUN curl -u user https://x.example.com && curl https://user:*****@x.example.com && curl https://user:<password>@x.example.com
        RUN echo "ghp_short" && echo xghp_0123456789abcdefghijABCDEFGHIJklmnop
        ENV MAX_TOKENS=4096 TOKEN_URL=https://auth.example.com/token
        """).ShouldNotReport("DKS4003");

    [Test]
    public void Guard_compose_escaped_dollar_is_a_shell_variable() => Compose(("compose.yaml", """
        services:
          db:
            image: mysql:8.4.3
            healthcheck:
              test: ["CMD-SHELL", "mysqladmin ping -u root -p$$MYSQL_ROOT_PASSWORD"]
            command: mysqld --default-authentication-plugin=mysql_native_password
        """)).ShouldNotReport("DKS4003");
}

public class DKS4003ComposeTests : RuleTest
{
    [Test]
    public void Url_password_in_environment_has_the_documented_message()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                environment:
                  DATABASE_URL: postgresql://orders:{|DKS4003:hunter2hunter2|}@db:5432/orders
            """)).ShouldReport().Single("DKS4003");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Message, Is.EqualTo("Hard-coded password 'hu*****' in the URL of 'DATABASE_URL': it is kept in the repository; revoke it and supply it through an environment variable or a Docker secret"));
            Assert.That(finding.Evidence, Is.EqualTo("password hu***** in the URL of 'DATABASE_URL'"));
        });
    }

    [Test]
    public void Values_anywhere_in_the_file() => Compose(("compose.yaml", """
        x-common: &common
          labels:
            - "deploy.token={|DKS4003:ghp_0123456789abcdefghijABCDEFGHIJklmnop|}"
        services:
          api:
            <<: *common
            image: ghcr.io/example/api:1.4.2
            environment:
              - DATABASE_URL=postgres://app:{|DKS4003:app-password|}@db/app
              - FALLBACK_URL=${FALLBACK_URL:-amqp://guest:{|DKS4003:guest-pw|}@rabbitmq:5672}
              - CS="Server=db;Password={|DKS4003:Str0ng!Passw0rd|};"
            build:
              context: .
              args:
                NPM_TOKEN: "{|DKS4003:npm_shVv5UTG79BG16QmtsL4F28GzL2cEpVZzAQl|}"
        """), ("Dockerfile", "FROM alpine:3.20.3\n")).ShouldReport();

    [Test]
    public void Block_scalars_are_searched_for_the_exact_position() => Compose(("compose.yaml", """
        services:
          api:
            image: ghcr.io/example/api:1.4.2
            environment:
              SSH_KEY: |
                {|DKS4003:-----BEGIN OPENSSH PRIVATE KEY-----|}
                b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
                -----END OPENSSH PRIVATE KEY-----
              NOTE: >
                folded text with
                {|DKS4003:AKIAZ7QWERTY12345678|} inside
        """)).ShouldReport();

    [Test]
    public void Commands_healthchecks_and_entrypoints() => Compose(("compose.yaml", """
        services:
          db:
            image: mysql:8.4.3
            healthcheck:
              test: ["CMD-SHELL", "mysqladmin ping -uroot -p{|DKS4003:health-pw|}"]
          tools:
            image: mysql:8.4.3
            command: ["sh", "-c", "mysql -h db -p{|DKS4003:inline-pw|} < /seed.sql"]
          cache:
            image: redis:7.4.1-alpine
            command: redis-cli -a {|DKS4003:redis-pw|} ping
            entrypoint: ["mysql", "-p{|DKS4003:entry-pw|}"]
          probe:
            image: curlimages/curl:8.11.0
            healthcheck:
              test: ["CMD", "curl", "-u", "probe:{|DKS4003:probe-pw|}", "http://api/health"]
        """)).ShouldReport();

    [Test]
    public void A_value_replaced_by_an_override_is_still_in_the_base_file() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/api:1.4.2
                environment:
                  DATABASE_URL: postgresql://app:{|DKS4003:old-password|}@db/app
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                environment:
                  DATABASE_URL: ${DATABASE_URL}
            """)).ShouldReport();

    [Test]
    public void No_secret_value_is_in_any_message_or_evidence()
    {
        var secrets = new[] { "hunter2hunter2", "ghp_0123456789abcdefghijABCDEFGHIJklmnop", "redis-password" };
        var result = Compose(("compose.yaml", """
            services:
              api:
                image: ghcr.io/example/api:1.4.2
                environment:
                  DATABASE_URL: postgresql://app:hunter2hunter2@db/app
                  GH: ghp_0123456789abcdefghijABCDEFGHIJklmnop
                command: redis-cli -a redis-password
            """));
        var findings = result.Diagnostics.Where(d => d.Id == "DKS4003").ToList();
        Assert.That(findings, Has.Count.EqualTo(3));
        foreach (var finding in findings)
        {
            foreach (var secret in secrets)
            {
                Assert.That(finding.Message, Does.Not.Contain(secret));
                Assert.That(finding.Evidence, Does.Not.Contain(secret));
            }
        }
    }

    [Test]
    public void Guard_seed_template_and_urls_without_credentials() => Compose(("docker-compose.yml", """
        services:
          api-gateway:
            image: ghcr.io/example/gateway:1.0.0
            secrets:
              - jwt_secret
              - database_password
            environment:
              - JWT_SECRET=${JWT_SECRET}
              - DATABASE_URL=${DATABASE_URL}
              - JWT_SECRET_FILE=/run/secrets/jwt_secret
              - DATABASE_PASSWORD_FILE=/run/secrets/database_password
          api:
            image: ghcr.io/example/api:1.0.0
            environment:
              DATABASE_URL: postgresql://db:5432/dating
              AUTH_SERVICE_URL: http://auth-service:8081
              CACHE_URL: redis://cache@redis:6379
              MIXED: postgres://app:${DB_PASSWORD}@db/app
        secrets:
          jwt_secret:
            external: true
          database_password:
            external: true
        """)).ShouldNotReport("DKS4003");
}
