using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Resources;

public class DKS7005Tests : RuleTest
{
    [Test]
    public void Missing_ulimits_are_reported_at_the_service_name()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              {|DKS7005:api|}:
                image: ghcr.io/example/orders-api:1.4.2
            """)).ShouldReport().Single("DKS7005");
        Assert.That(finding.Message, Is.EqualTo("Service 'api' sets no ulimits for nproc and nofile, so it inherits the daemon's defaults; set both"));
    }

    [Test]
    public void Missing_one_is_reported_at_the_ulimits_key_naming_it()
    {
        var result = Compose(("docker-compose.yml", """
            services:
              worker:
                image: ghcr.io/example/orders-worker:1.4.2
                {|DKS7005:ulimits|}:
                  nofile:
                    soft: 1024
                    hard: 2048
              batch:
                image: ghcr.io/example/orders-worker:1.4.2
                {|DKS7005:ulimits|}:
                  memlock: -1
            """)).ShouldReport();
        var messages = result.Diagnostics.Where(d => d.Id == "DKS7005").Select(d => d.Message).ToList();
        Assert.That(messages, Is.EqualTo(new[]
        {
            "Service 'worker' sets no nproc ulimit, so it comes from the daemon's defaults; set it next to nofile",
            "Service 'batch' sets ulimits but not nproc and nofile, so those come from the daemon's defaults; set both",
        }));
    }

    [Test]
    public void Override_that_resets_one_is_reported_at_the_base_key() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                {|DKS7005:ulimits|}:
                  nproc: 100
                  nofile: 1024
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                ulimits:
                  nofile: !reset null
            """)).ShouldReport();

    [Test]
    public void Guard_both_set_across_base_and_override() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                ulimits:
                  nproc: 100
                  nofile:
                    soft: 1024
                    hard: 2048
              worker:
                image: ghcr.io/example/orders-worker:1.4.2
                ulimits:
                  nproc: 100
            """),
        ("docker-compose.override.yml", """
            services:
              worker:
                ulimits:
                  nofile: 4096
            """)).ShouldNotReport("DKS7005");
}
