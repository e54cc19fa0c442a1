using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Secrets;

public class DKS4004Tests : RuleTest
{
    [Test]
    public void Literal_secrets_are_reported_at_the_value() => Compose(("docker-compose.yml", """
        services:
          api:
            image: ghcr.io/example/orders-api:1.4.2
            environment:
              - JWT_SECRET={|DKS4004:hunter2hunter2|}
              - DATABASE_PASSWORD={|DKS4004:correcthorsebattery|}
          db:
            image: postgres:16.6-alpine
            environment:
              POSTGRES_PASSWORD: {|DKS4004:postgres|}
              MYSQL_PWD: {|DKS4004:"quoted"|}
              API_KEY: {|DKS4004:12345|}
            labels:
              com.example.api-token: {|DKS4004:label-token|}
            build:
              context: .
              args:
                NPM_TOKEN: {|DKS4004:abc${SUFFIX}|}
              labels:
                - "build.secret={|DKS4004:xyz|}"
        """), ("Dockerfile", "FROM postgres:16.6-alpine\n")).ShouldReport();

    [Test]
    public void Messages_are_the_documented_ones()
    {
        var result = Compose(("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                environment:
                  - JWT_SECRET=hunter2hunter2
                  - DATABASE_PASSWORD=correcthorsebattery
            """));
        var findings = result.Diagnostics.Where(d => d.Id == "DKS4004").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(findings.Select(d => d.Message), Is.EqualTo(new[]
            {
                "'JWT_SECRET' has the literal value 'hu*****' in the compose file (environment); supply it with ${JWT_SECRET} or a Docker secret",
                "'DATABASE_PASSWORD' has the literal value 'co*****' in the compose file (environment); supply it with ${DATABASE_PASSWORD} or a Docker secret",
            }));
            Assert.That(findings.Select(d => d.Evidence), Is.EqualTo(new[] { "environment JWT_SECRET", "environment DATABASE_PASSWORD" }));
            foreach (var finding in findings)
            {
                Assert.That(finding.Message + finding.Evidence, Does.Not.Contain("hunter2hunter2").And.Not.Contain("correcthorsebattery"));
            }
        });
    }

    [Test]
    public void A_value_replaced_by_an_override_is_still_in_the_base_file() => Compose(
        ("compose.yaml", """
            services:
              api:
                image: ghcr.io/example/api:1.4.2
                environment:
                  JWT_SECRET: {|DKS4004:dev-secret-value|}
            """),
        ("compose.override.yaml", """
            services:
              api:
                environment:
                  JWT_SECRET: ${JWT_SECRET:?set JWT_SECRET}
            """)).ShouldReport();

    [Test]
    public void Extended_and_anchored_environments_are_reported_where_written() => Compose(("compose.yaml", """
        x-env: &env
          REDIS_PASSWORD: {|DKS4004:shared-pw|}
        services:
          base:
            image: ghcr.io/example/api:1.4.2
            environment:
              <<: *env
          worker:
            extends: base
          other:
            image: ghcr.io/example/api:1.4.2
            environment: *env
        """)).ShouldReport();

    [Test]
    public void Guard_seed_template() => Compose(("docker-compose.yml", """
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
        secrets:
          jwt_secret:
            external: true
          database_password:
            external: true
        """)).ShouldNotReport("DKS4004");

    [Test]
    public void Guard_references_pass_through_mount_paths_flags_and_other_rules() => Compose(("compose.yaml", """
        services:
          api:
            image: ghcr.io/example/api:1.4.2
            environment:
              JWT_SECRET: ${JWT_SECRET:?JWT_SECRET must be set}
              API_TOKEN: $API_TOKEN
              SESSION_SECRET: "${SESSION_PREFIX}${SESSION_SECRET}"
              DB_PASSWORD:
              REDIS_PASSWORD: /run/secrets/redis_password
              TOKEN_AUTH_REQUIRED: "true"
              USE_SECRET: false
              CLIENT_SECRET: ${CLIENT_SECRET:-dev-secret}
              GITHUB_TOKEN: ghp_0123456789abcdefghijABCDEFGHIJklmnop
              SECRET_NAME: prod/db
              LOG_LEVEL: info
            env_file: .env
            labels:
              - API_KEY
        """)).ShouldNotReport("DKS4004");
}
