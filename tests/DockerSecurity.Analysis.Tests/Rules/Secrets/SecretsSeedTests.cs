using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Rules.Secrets;

/// <summary>The standard's own examples manage secrets the way it asks, so the secrets rules stay quiet on them.</summary>
public class SecretsSeedTests : RuleTest
{
    private static readonly string[] SecretsRules = { "DKS4001", "DKS4002", "DKS4003", "DKS4004", "DKS4005", "DKS4006" };

    [TestCase("seeds/000_2f0267825a5c623d.txt")]
    [TestCase("seeds/003_fba3b41c94a24cc5.txt")]
    public void Examples_of_the_standard_are_quiet(string seed)
    {
        var text = File.ReadAllText(SharedFolder.Require(seed));
        var blocks = Regex.Matches(text, "```(dockerfile|yaml)\n(.*?)```", RegexOptions.Singleline).Cast<Match>().ToList();
        Assert.That(blocks, Is.Not.Empty);
        foreach (var block in blocks)
        {
            var code = block.Groups[2].Value;
            var result = block.Groups[1].Value == "dockerfile"
                ? Dockerfile(code)
                : Compose(("docker-compose.yml", code), (".git/HEAD", "ref: refs/heads/main\n"), (".gitignore", "secrets/\n"));
            result.ShouldNotReport(SecretsRules);
        }
    }

    [Test]
    public void Secrets_management_templates_are_quiet() => Compose(
        ("docker-compose.yml", """
            services:
              api-gateway:
                image: ghcr.io/example/gateway:1.0.0
                secrets:
                  - jwt_secret
                  - database_password
                environment:
                  - JWT_SECRET_FILE=/run/secrets/jwt_secret
                  - DATABASE_PASSWORD_FILE=/run/secrets/database_password
              backend:
                image: ghcr.io/example/backend:1.0.0
                environment:
                  JWT_SECRET: ${JWT_SECRET}
                  DATABASE_URL: postgresql://db:5432/dating
                  REDIS_URL: redis://redis:6379
                secrets:
                  - source: backend_api_key
                    target: /app/secrets/api_key
            secrets:
              jwt_secret:
                external: true
              database_password:
                external: true
              backend_api_key:
                file: ./secrets/backend_api_key.txt
              redis_password:
                file: ./secrets/redis_password_prod.txt
            """),
        (".git/HEAD", "ref: refs/heads/main\n"),
        (".gitignore", "secrets/\n")).ShouldNotReport(SecretsRules);
}
