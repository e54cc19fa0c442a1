using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Resources;

public class DKS7003Tests : RuleTest
{
    [Test]
    public void Missing_reservations_are_reported_at_the_service_name()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              {|DKS7003:api|}:
                image: ghcr.io/example/orders-api:1.4.2
                deploy:
                  resources:
                    limits:
                      cpus: '0.5'
                      memory: 512M
              {|DKS7003:gpu|}:
                image: ghcr.io/example/inference:3.0.0
                deploy:
                  resources:
                    reservations:
                      devices:
                        - capabilities: [gpu]
            """)).ShouldReport();
        Assert.That(finding.Diagnostics.First(d => d.Id == "DKS7003").Message, Is.EqualTo("Service 'api' reserves no resources, so busy neighbours can squeeze it below its working set; set deploy.resources.reservations (memory and cpus)"));
    }

    [Test]
    public void Override_that_resets_reservations_is_reported_at_the_base_service() => Compose(
        ("docker-compose.yml", """
            services:
              {|DKS7003:api|}:
                image: ghcr.io/example/orders-api:1.4.2
                deploy:
                  resources:
                    reservations:
                      memory: 256M
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                deploy:
                  resources:
                    reservations: !reset {}
            """)).ShouldReport();

    [Test]
    public void Base_alone_is_what_compose_up_runs_when_only_a_prod_overlay_adds_it() => Compose(
        ("docker-compose.yml", """
            services:
              {|DKS7003:api|}:
                image: ghcr.io/example/orders-api:1.4.2
            """),
        ("docker-compose.prod.yml", """
            services:
              api:
                mem_reservation: 256m
            """)).ShouldReport();

    [Test]
    public void Guard_reservations_from_deploy_legacy_and_override() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                deploy:
                  resources:
                    reservations:
                      cpus: '0.25'
              legacy:
                image: ghcr.io/example/legacy:2.1.0
                mem_reservation: 256m
              later:
                image: ghcr.io/example/worker:1.0.0
            """),
        ("docker-compose.override.yml", """
            services:
              later:
                deploy:
                  resources:
                    reservations:
                      memory: 128M
            """)).ShouldNotReport("DKS7003");
}
