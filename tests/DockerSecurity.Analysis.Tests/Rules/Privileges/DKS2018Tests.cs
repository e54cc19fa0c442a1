namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

public class DKS2018Tests : RuleTest
{
    [Test]
    public void Shared_propagation_is_reported_at_the_option()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              indexer:
                image: ghcr.io/example/indexer:3.1.0
                volumes:
                  - /mnt/archive:/archive:{|DKS2018:rshared|}
            """)).ShouldReport().Single("DKS2018");
        Assert.That(finding.Message, Is.EqualTo(
            "Service 'indexer' mounts '/mnt/archive' with 'rshared' propagation, so mounts made in the container reach the host; remove it or use 'rslave'"));
    }

    [Test]
    public void Every_syntax_is_reported() => Compose(("docker-compose.yml", """
        services:
          indexer:
            image: ghcr.io/example/indexer:3.1.0
            volumes:
              - /mnt/a:/a:ro,{|DKS2018:shared|}
              - "/mnt/b:/b:z,{|DKS2018:rshared|}"
              - type: bind
                source: /mnt/c
                target: /c
                bind:
                  propagation: {|DKS2018:rshared|}
        """)).ShouldReport();

    [Test]
    public void Guard_other_propagation_modes() => Compose(("docker-compose.yml", """
        services:
          indexer:
            image: ghcr.io/example/indexer:3.1.0
            volumes:
              - /mnt/a:/a:rslave
              - /mnt/b:/b:slave
              - /mnt/c:/c:private
              - /mnt/d:/d:rprivate,ro
              - /mnt/e:/e
              - type: bind
                source: /mnt/f
                target: /f
                bind:
                  propagation: ${PROPAGATION}
        """)).ShouldNotReport("DKS2018");
}
