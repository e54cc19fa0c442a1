using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Secrets;

public class DKS4002Tests : RuleTest
{
    [Test]
    public void Secret_files_are_reported_at_the_source() => Dockerfile("""
        FROM python:3.12.8-slim
        COPY {|DKS4002:.env|} ./
        COPY --chown=app:app {|DKS4002:certs/client.pfx|} {|DKS4002:certs/tls.key|} /app/certs/
        ADD {|DKS4002:config/.env.production|} /app/
        COPY {|DKS4002:deploy/id_ed25519|} /root/.ssh/
        COPY [{|DKS4002:".npmrc"|}, "package.json", "./"]
        COPY {|DKS4002:.aws/credentials|} /root/.aws/credentials
        COPY {|DKS4002:.ssh|} /root/.ssh
        COPY {|DKS4002:server.pem|} {|DKS4002:keystore.jks|} {|DKS4002:prod.env|} {|DKS4002:.git-credentials|} /x/
        """).ShouldReport();

    [Test]
    public void Copies_from_other_stages_are_reported_too() => Dockerfile("""
        FROM alpine:3.20.3 AS build
        RUN apk add --no-cache openssl && openssl genrsa -out /server.key 2048
        FROM alpine:3.20.3
        COPY --from=build {|DKS4002:/server.key|} /etc/ssl/private/
        """).ShouldReport();

    [Test]
    public void Wildcards_that_target_secret_files_are_reported() => Dockerfile("""
        FROM alpine:3.20.3
        COPY {|DKS4002:certs/*.pem|} /etc/ssl/
        COPY {|DKS4002:.env*|} ./
        COPY {|DKS4002:id_*|} /root/.ssh/
        COPY * ./
        COPY *.json ./
        COPY src/*.py ./
        """).ShouldReport();

    [Test]
    public void Messages()
    {
        var result = Dockerfile("""
            FROM alpine:3.20.3
            COPY .env ./
            ADD certs/client.pfx /app/certs/
            COPY *.pem /etc/ssl/
            """);
        var messages = result.Diagnostics.Where(d => d.Id == "DKS4002").Select(d => d.Message).ToList();
        Assert.That(messages, Is.EqualTo(new[]
        {
            "COPY puts the environment file '.env' into an image layer, where anyone who can pull the image can read it; mount it at run time (a compose secret) or while building (RUN --mount=type=secret) instead",
            "ADD puts the key store 'certs/client.pfx' into an image layer, where anyone who can pull the image can read it; mount it at run time (a compose secret) or while building (RUN --mount=type=secret) instead",
            "COPY '*.pem' can copy private keys into an image layer, where anyone who can pull the image can read them; copy the files you need by name and mount secrets at run time instead",
        }));
        Assert.That(result.Diagnostics.Where(d => d.Id == "DKS4002").Select(d => d.Evidence), Is.EqualTo(new[] { "COPY .env", "ADD certs/client.pfx", "COPY *.pem" }));
    }

    [Test]
    public void The_copied_file_content_is_in_no_message_and_no_evidence()
    {
        var folder = DockerSecurity.Testing.TestFolder.Create();
        System.IO.File.WriteAllText(System.IO.Path.Combine(folder, ".env"), "JWT_SECRET=hunter2hunter2\n");
        var finding = Dockerfile("""
            FROM alpine:3.20.3
            COPY {|DKS4002:.env|} ./
            """, path: System.IO.Path.Combine(folder, "Dockerfile")).ShouldReport().Single("DKS4002");
        Assert.That(finding.Message + finding.Evidence, Does.Not.Contain("hunter2hunter2"));
    }

    [Test]
    public void Guard_templates_public_keys_and_certificates() => Dockerfile("""
        FROM alpine:3.20.3
        COPY .env.example .env.sample .env.template .env.dist ./
        COPY id_rsa.pub /root/.ssh/authorized_keys
        COPY certs/ca.crt certs/fullchain.pem certs/ca-bundle.pem certs/cert.pem /etc/ssl/certs/
        COPY repo.gpg.key /etc/apt/keyrings/
        COPY environment.py keys.py ./
        """).ShouldNotReport("DKS4002");

    [Test]
    public void Guard_private_key_names_win_over_certificate_words() => Dockerfile("""
        FROM alpine:3.20.3
        COPY {|DKS4002:certs/cert-key.pem|} {|DKS4002:privkey.pem|} /etc/ssl/private/
        """).ShouldReport();

    [Test]
    public void Guard_remote_sources_heredocs_variables_and_destinations() => Dockerfile("""
        FROM alpine:3.20.3
        ADD https://packages.example.com/repo.key /etc/apt/keyrings/
        ADD git@github.com:example/keys.git /keys
        COPY <<EOF /app/.env
        LOG_LEVEL=info
        EOF
        COPY ${ENV_FILE} ./
        COPY app.py /root/.ssh/id_rsa
        RUN --mount=type=secret,id=env,target=/app/.env ./configure
        """).ShouldNotReport("DKS4002");
}
