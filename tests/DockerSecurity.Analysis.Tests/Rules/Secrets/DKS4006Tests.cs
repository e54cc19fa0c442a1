using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Secrets;

public class DKS4006Tests : RuleTest
{
    private const string GitHead = "ref: refs/heads/main\n";

    [Test]
    public void Secret_file_that_git_does_not_ignore_is_reported_at_the_file_value()
    {
        var finding = Compose(
            ("docker-compose.yml", """
                services:
                  db:
                    image: postgres:16.6-alpine
                    environment:
                      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
                    secrets:
                      - db_password

                secrets:
                  db_password:
                    file: {|DKS4006:./secrets/db_password.txt|}
                """),
            (".git/HEAD", GitHead),
            (".gitignore", "bin/\nobj/\n")).ShouldReport().Single("DKS4006");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Message, Is.EqualTo("Secret file './secrets/db_password.txt' is inside the repository and .gitignore does not ignore it, so it can be committed; add 'secrets/' to .gitignore"));
            Assert.That(finding.Evidence, Is.EqualTo("secret db_password"));
        });
    }

    [Test]
    public void The_secret_file_content_is_in_no_message_and_no_evidence()
    {
        var finding = Compose(
            ("compose.yaml", """
                services:
                  api:
                    image: ghcr.io/example/api:1.4.2
                secrets:
                  db_password:
                    file: ./secrets/db_password.txt
                """),
            ("secrets/db_password.txt", "hunter2hunter2\n"),
            (".git/HEAD", GitHead)).Single("DKS4006");
        Assert.That(finding.Message + finding.Evidence, Does.Not.Contain("hunter2hunter2"));
    }

    [Test]
    public void Suggestion_is_the_file_when_its_folder_holds_the_compose_file()
    {
        var finding = Compose(
            ("deploy/compose.yaml", """
                services:
                  api:
                    image: ghcr.io/example/api:1.4.2
                secrets:
                  token:
                    file: {|DKS4006:token.txt|}
                  nested:
                    file: {|DKS4006:"keys/signing.key"|}
                """),
            (".git/HEAD", GitHead)).ShouldReport();
        Assert.That(finding.Diagnostics.Where(d => d.Id == "DKS4006").Select(d => d.Message), Is.EquivalentTo(new[]
        {
            "Secret file 'token.txt' is inside the repository and .gitignore does not ignore it, so it can be committed; add '/deploy/token.txt' to .gitignore",
            "Secret file 'keys/signing.key' is inside the repository and .gitignore does not ignore it, so it can be committed; add 'deploy/keys/' to .gitignore",
        }));
    }

    [Test]
    public void Negation_and_parent_exclusion_follow_git() => Compose(
        ("compose.yaml", """
            services:
              api:
                image: ghcr.io/example/api:1.4.2
            secrets:
              kept:
                file: {|DKS4006:./secrets/kept.txt|}
              ignored:
                file: ./secrets/ignored.txt
              folder:
                file: ./private/inner.txt
            """),
        (".git/HEAD", GitHead),
        (".gitignore", "secrets/*\n!secrets/kept.txt\nprivate/\n!private/inner.txt\n")).ShouldReport();

    [Test]
    public void Nested_gitignore_and_info_exclude_are_read() => Compose(
        ("compose.yaml", """
            services:
              api:
                image: ghcr.io/example/api:1.4.2
            secrets:
              a:
                file: ./deploy/secrets/a.txt
              b:
                file: ./b.secret
              c:
                file: {|DKS4006:./deploy/c.txt|}
            """),
        (".git/HEAD", GitHead),
        (".git/info/exclude", "*.secret\n"),
        ("deploy/.gitignore", "/secrets/\n")).ShouldReport();

    [Test]
    public void Guard_ignored_external_environment_and_outside_any_repository()
    {
        Compose(
            ("compose.yaml", """
                services:
                  api:
                    image: ghcr.io/example/api:1.4.2
                secrets:
                  ignored:
                    file: ./secrets/db.txt
                  external:
                    external: true
                  from_env:
                    environment: JWT_SECRET
                  variable:
                    file: ${SECRETS_DIR}/token.txt
                """),
            (".git/HEAD", GitHead),
            (".gitignore", "# secrets stay local\nsecrets/\n")).ShouldNotReport("DKS4006");

        Compose(("compose.yaml", """
            services:
              api:
                image: ghcr.io/example/api:1.4.2
            secrets:
              db:
                file: ./secrets/db.txt
            """)).ShouldNotReport("DKS4006");
    }

    [Test]
    public void Guard_seed_template_with_external_secrets() => Compose(
        ("docker-compose.yml", """
            services:
              api-gateway:
                image: ghcr.io/example/gateway:1.0.0
                secrets:
                  - jwt_secret
            secrets:
              jwt_secret:
                external: true
            """),
        (".git/HEAD", GitHead)).ShouldNotReport("DKS4006");
}
