namespace DockerSecurity.Analysis.Tests.Rules.Compose;

public class DKS8001Tests : RuleTest
{
    [Test]
    public void Version_key_is_reported_at_the_key()
    {
        var finding = Compose(("docker-compose.yml", """
            {|DKS8001:version|}: '3.8'

            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
            """)).ShouldReport().Single("DKS8001");
        Assert.That(finding.Message, Is.EqualTo("The top-level 'version' key is obsolete: Compose ignores it and no schema version applies; remove it"));
    }

    [Test]
    public void Every_file_that_declares_it_is_reported() => Compose(
        ("docker-compose.yml", """
            {|DKS8001:version|}: "3.8"
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
            """),
        ("docker-compose.override.yml", """
            {|DKS8001:version|}: "3.9"
            services:
              api:
                restart: unless-stopped
            """),
        ("docker-compose.prod.yml", """
            services:
              api:
                restart: always
            """)).ShouldReport();

    [Test]
    public void Included_file_is_reported_too() => Compose(
        ("compose.yaml", """
            include:
              - infra/compose.yaml
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
            """),
        ("infra/compose.yaml", """
            {|DKS8001:version|}: "2.4"
            services:
              db:
                image: postgres:16.6-alpine
            """)).ShouldReport();

    [Test]
    public void Guard_no_top_level_version() => Compose(("compose.yaml", """
        name: orders
        x-version: "3.8"
        services:
          version:
            image: ghcr.io/example/orders-api:1.4.2
            labels:
              version: "1.4.2"
        """)).ShouldNotReport("DKS8001");
}
