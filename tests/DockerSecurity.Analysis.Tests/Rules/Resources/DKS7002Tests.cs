namespace DockerSecurity.Analysis.Tests.Rules.Resources;

public class DKS7002Tests : RuleTest
{
    [Test]
    public void Missing_cpu_limit_is_reported_at_the_service_name()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              {|DKS7002:api|}:
                image: ghcr.io/example/orders-api:1.4.2
                deploy:
                  resources:
                    limits:
                      memory: 512M
            """)).ShouldReport().Single("DKS7002");
        Assert.That(finding.Message, Is.EqualTo("Service 'api' has no CPU limit, so it can starve every other service on the host; set deploy.resources.limits.cpus"));
    }

    [Test]
    public void Zero_cpus_is_reported_at_the_value()
    {
        var finding = Compose(("compose.yaml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                deploy:
                  resources:
                    limits:
                      cpus: {|DKS7002:'0'|}
            """)).ShouldReport().Single("DKS7002");
        Assert.That(finding.Message, Is.EqualTo("Service 'api' sets the CPU limit to 0, which means no limit, so it can starve every other service on the host; set a positive limit"));
    }

    [Test]
    public void Prod_overlay_that_resets_resources_is_reported_at_the_base_service() => Compose(
        ("docker-compose.yml", """
            services:
              {|DKS7002:api|}:
                image: ghcr.io/example/orders-api:1.4.2
                cpus: 0.5
            """),
        ("docker-compose.prod.yml", """
            services:
              api:
                cpus: !reset null
            """)).ShouldReport();

    [Test]
    public void Guard_cpu_limits_from_deploy_legacy_and_override() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                deploy:
                  resources:
                    limits:
                      cpus: '0.5'
              legacy:
                image: ghcr.io/example/legacy:2.1.0
                cpus: 1.5
              later:
                image: ghcr.io/example/worker:1.0.0
            """),
        ("docker-compose.override.yml", """
            services:
              later:
                deploy:
                  resources:
                    limits:
                      cpus: ${WORKER_CPUS:-0.25}
            """)).ShouldNotReport("DKS7002");
}
