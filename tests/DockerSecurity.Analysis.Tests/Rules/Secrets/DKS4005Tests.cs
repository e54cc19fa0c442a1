using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Secrets;

public class DKS4005Tests : RuleTest
{
    [Test]
    public void Defaults_of_secret_variables_are_reported_at_the_default() => Compose(("compose.yaml", """
        services:
          api:
            image: ghcr.io/example/api:1.4.2
            environment:
              JWT_SECRET: ${JWT_SECRET:-{|DKS4005:changeme|}}
            command: ["--db-password", "${DB_PASSWORD-{|DKS4005:dev-pass|}}"]
            labels:
              - "SIGNING=${SIGNING_KEY:+{|DKS4005:fixed-key|}}"
        """)).ShouldReport();

    [Test]
    public void Defaults_everywhere_in_the_file() => Compose(("compose.yaml", """
        services:
          api:
            image: ghcr.io/example/api:1.4.2
            environment:
              - SESSION=${SESSION_SECRET:-{|DKS4005:session-default|}}
              - TOKEN=prefix-${API_TOKEN:-{|DKS4005:tok|}}-suffix
              - NESTED=${OUTER:-${DB_PASSWORD:-{|DKS4005:inner-default|}}}
              - KEYED_PASSWORD=${X:-{|DKS4005:by-key|}}
        x-defaults:
          note: "${ADMIN_PASSWORD:-{|DKS4005:admin|}}"
        """)).ShouldReport();

    [Test]
    public void Message_and_redaction()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                environment:
                  JWT_SECRET: ${JWT_SECRET:-changeme-now}
            """)).Single("DKS4005");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Message, Is.EqualTo("The default 'ch*****' of ${JWT_SECRET} is used whenever the variable is missing, so the secret is in the compose file after all; use ${JWT_SECRET:?JWT_SECRET must be set}"));
            Assert.That(finding.Evidence, Is.EqualTo("${JWT_SECRET} in JWT_SECRET"));
            Assert.That(finding.Message + finding.Evidence, Does.Not.Contain("changeme-now"));
            Assert.That(finding.Span, Is.EqualTo(new DockerSecurity.Analysis.Text.SourceSpan(5, 33, 5, 45)));
        });
    }

    [Test]
    public void Alternative_value_message()
    {
        var finding = Compose(("compose.yaml", """
            services:
              api:
                image: ghcr.io/example/api:1.4.2
                environment:
                  JWT_SECRET: ${JWT_SECRET:+hunter2hunter2}
            """)).Single("DKS4005");
        Assert.That(finding.Message, Is.EqualTo("The value 'hu*****' that ${JWT_SECRET} is replaced with whenever the variable is set is written in the compose file; use ${JWT_SECRET} and set the secret itself in the environment"));
    }

    [Test]
    public void Only_dks4005_reports_a_default_that_dks4004_would_see() => Compose(("compose.yaml", """
        services:
          db:
            image: postgres:16.6-alpine
            environment:
              POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-{|DKS4005:postgres|}}
        """)).ShouldReport("DKS4004");

    [Test]
    public void Guard_required_plain_empty_and_non_secret_defaults() => Compose(("compose.yaml", """
        services:
          api:
            image: ghcr.io/example/api:1.4.2
            environment:
              JWT_SECRET: ${JWT_SECRET}
              DB_PASSWORD: ${DB_PASSWORD:?DB_PASSWORD must be set}
              API_TOKEN: ${API_TOKEN:-}
              LOG_LEVEL: ${LOG_LEVEL:-info}
              DB_PASSWORD_FILE: ${DB_PASSWORD_FILE:-/run/secrets/db_password}
              REDIS_PASSWORD: ${REDIS_PASSWORD:-/run/secrets/redis}
              SECRET_FROM: ${JWT_SECRET:-${VAULT_JWT_SECRET}}
              ENABLE_TOKEN: ${ENABLE_TOKEN:-false}
              GITHUB_TOKEN: ${GITHUB_TOKEN:-ghp_0123456789abcdefghijABCDEFGHIJklmnop}
        """)).ShouldNotReport("DKS4005");
}
