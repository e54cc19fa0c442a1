using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

public class DKS2010Tests : ComposeEnvironmentTest
{
    [Test]
    public void Missing_read_only_is_reported_at_the_service_name()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              {|DKS2010:api|}:
                image: ghcr.io/example/orders-api:1.4.2
            """)).ShouldReport().Single("DKS2010");
        Assert.That(finding.Message, Is.EqualTo(
            "Service 'api' has a writable root filesystem; set 'read_only: true' and mount tmpfs for the paths it writes to"));
    }

    [Test]
    public void False_is_reported_at_the_value()
    {
        var result = Compose(("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                read_only: {|DKS2010:false|}
              worker:
                image: ghcr.io/example/orders-worker:1.4.2
                read_only: {|DKS2010:"${READ_ONLY:-false}"|}
            """)).ShouldReport();
        Assert.That(result.Diagnostics.First(d => d.Id == "DKS2010").Message, Is.EqualTo(
            "Service 'api' sets 'read_only: false', so its root filesystem is writable; set 'read_only: true' and mount tmpfs for the paths it writes to"));
    }

    [Test]
    public void Guard_true_and_unknown() => Compose(("docker-compose.yml", """
        services:
          api:
            image: ghcr.io/example/orders-api:1.4.2
            read_only: true
          worker:
            image: ghcr.io/example/orders-worker:1.4.2
            read_only: ${READ_ONLY}
        """)).ShouldNotReport("DKS2010");

    [Test]
    public void Guard_override_adds_it() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                read_only: true
            """)).ShouldNotReport("DKS2010");

    [Test]
    public void Override_that_sets_false_is_where_the_finding_is() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                read_only: true
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                read_only: {|DKS2010:false|}
            """)).ShouldReport();

    [Test]
    public void Override_reset_is_reported_at_the_base_service_name() => Compose(
        ("docker-compose.yml", """
            services:
              {|DKS2010:api|}:
                image: ghcr.io/example/orders-api:1.4.2
                read_only: true
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                read_only: !reset null
            """)).ShouldReport();

    [Test]
    public void Guard_production_file_adds_it() => ComposeEnvironment(
        "prod",
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
            """),
        ("docker-compose.prod.yml", """
            services:
              api:
                read_only: true
            """)).ShouldNotReport("DKS2010");

    [Test]
    public void Production_reset_is_reported_at_the_base_service_name() => ComposeEnvironment(
        "prod",
        ("docker-compose.yml", """
            services:
              {|DKS2010:api|}:
                image: ghcr.io/example/orders-api:1.4.2
                read_only: true
            """),
        ("docker-compose.prod.yml", """
            services:
              api:
                read_only: !reset
            """)).ShouldReport();
}
