namespace DockerSecurity.Analysis.Tests.Rules.Network;

public class DKS6005Tests : RuleTest
{
    [Test]
    public void Service_without_networks_is_reported_at_its_name()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              {|DKS6005:web|}:
                image: nginxinc/nginx-unprivileged:1.27.3-alpine
              api:
                image: ghcr.io/example/orders-api:1.4.2
                networks:
                  - backend
            networks:
              backend:
            """)).ShouldReport().Single("DKS6005");
        Assert.That(finding.Message, Is.EqualTo("Service 'web' is on the project's default network, where every service can reach every other; attach it to the networks it needs"));
    }

    [Test]
    public void Empty_networks_is_the_default_network() => Compose(("compose.yaml", """
        services:
          {|DKS6005:web|}:
            image: nginxinc/nginx-unprivileged:1.27.3-alpine
            networks:
        """)).ShouldReport();

    [Test]
    public void Docker_default_bridge_is_reported_at_the_mode()
    {
        var finding = Compose(("compose.yaml", """
            services:
              legacy:
                image: nginxinc/nginx-unprivileged:1.27.3-alpine
                network_mode: {|DKS6005:bridge|}
            """)).ShouldReport().Single("DKS6005");
        Assert.That(finding.Message, Is.EqualTo("Service 'legacy' uses network_mode 'bridge', Docker's default network, which it shares with every container on the host that has no network; attach it to the project networks it needs"));
    }

    [Test]
    public void Override_that_resets_networks_is_reported_at_the_base_service() => Compose(
        ("docker-compose.yml", """
            services:
              {|DKS6005:api|}:
                image: ghcr.io/example/orders-api:1.4.2
                networks:
                  - backend
            networks:
              backend:
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                networks: !reset []
            """)).ShouldReport();

    [Test]
    public void Guard_networks_in_base_or_override_and_network_modes() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                networks:
                  backend:
                    aliases: [orders]
              web:
                image: nginxinc/nginx-unprivileged:1.27.3-alpine
              sidecar:
                image: busybox:1.37.0
                network_mode: service:api
              offline:
                image: busybox:1.37.0
                network_mode: none
              decided-elsewhere:
                image: busybox:1.37.0
                network_mode: ${NETWORK_MODE}
            networks:
              backend:
              frontend:
            """),
        ("docker-compose.override.yml", """
            services:
              web:
                networks:
                  - frontend
            """)).ShouldNotReport("DKS6005");
}
