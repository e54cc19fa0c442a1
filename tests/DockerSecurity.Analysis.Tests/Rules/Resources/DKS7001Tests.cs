namespace DockerSecurity.Analysis.Tests.Rules.Resources;

public class DKS7001Tests : RuleTest
{
    [Test]
    public void Missing_memory_limit_is_reported_at_the_service_name()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              {|DKS7001:api|}:
                image: ghcr.io/example/orders-api:1.4.2
                deploy:
                  resources:
                    limits:
                      cpus: '0.5'
                    reservations:
                      memory: 256M
            """)).ShouldReport().Single("DKS7001");
        Assert.That(finding.Message, Is.EqualTo("Service 'api' has no memory limit, so it can exhaust the host's memory; set deploy.resources.limits.memory"));
    }

    [Test]
    public void Zero_means_no_limit_and_is_reported_at_the_value()
    {
        var finding = Compose(("compose.yaml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                mem_limit: {|DKS7001:0|}
            """)).ShouldReport().Single("DKS7001");
        Assert.That(finding.Message, Is.EqualTo("Service 'api' sets the memory limit to 0, which means no limit, so it can exhaust the host's memory; set a positive limit"));
    }

    [Test]
    public void Override_that_resets_the_limit_is_reported_at_the_base_service() => Compose(
        ("docker-compose.yml", """
            services:
              {|DKS7001:api|}:
                image: ghcr.io/example/orders-api:1.4.2
                deploy:
                  resources:
                    limits:
                      memory: 512M
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                deploy:
                  resources:
                    limits:
                      memory: !reset null
            """)).ShouldReport();

    [Test]
    public void Guard_limits_from_deploy_legacy_override_anchor_and_environment() => Compose(
        ("docker-compose.yml", """
            x-limits: &limits
              deploy:
                resources:
                  limits:
                    memory: 256M
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                deploy:
                  resources:
                    limits:
                      memory: 512M
              legacy:
                image: ghcr.io/example/legacy:2.1.0
                mem_limit: 1g
              anchored:
                <<: *limits
                image: ghcr.io/example/worker:1.0.0
              env:
                image: ghcr.io/example/worker:1.0.0
                mem_limit: ${WORKER_MEMORY}
              later:
                image: ghcr.io/example/worker:1.0.0
            """),
        ("docker-compose.override.yml", """
            services:
              later:
                mem_limit: 128m
            """)).ShouldNotReport("DKS7001");
}
