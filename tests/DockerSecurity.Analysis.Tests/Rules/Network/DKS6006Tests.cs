namespace DockerSecurity.Analysis.Tests.Rules.Network;

public class DKS6006Tests : RuleTest
{
    [Test]
    public void Data_store_on_a_network_with_a_publishing_service_is_reported_at_its_network_entry()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              web:
                image: nginxinc/nginx-unprivileged:1.27.3-alpine
                ports:
                  - "0.0.0.0:8443:8443"
                networks:
                  - app
              api:
                image: ghcr.io/example/orders-api:1.4.2
                networks:
                  - app
              db:
                image: postgres:16.6-alpine
                networks:
                  - {|DKS6006:app|}
            networks:
              app:
            """)).ShouldReport().Single("DKS6006");
        Assert.That(finding.Message, Is.EqualTo("Data store 'db' (postgres) shares the network 'app' with 'web', which publishes ports; put 'db' on a back-end network that 'web' does not join"));
    }

    [Test]
    public void Default_network_is_shared_too_and_every_publisher_is_named()
    {
        var finding = Compose(("compose.yaml", """
            services:
              web:
                image: nginxinc/nginx-unprivileged:1.27.3-alpine
                ports:
                  - "8443:8443"
              admin:
                image: ghcr.io/example/admin:2.0.1
                networks:
                  default:
                ports:
                  - "9000:9000"
              {|DKS6006:cache|}:
                image: redis:7.4.1-alpine
            """)).ShouldReport().Single("DKS6006");
        Assert.That(finding.Message, Is.EqualTo("Data store 'cache' (redis) shares the project's default network with 'web' and 'admin', which publish ports; put 'cache' on a back-end network that 'web' and 'admin' do not join"));
    }

    [Test]
    public void Mapping_syntax_and_an_override_that_publishes() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                networks:
                  frontend:
                  backend:
              db:
                image: mariadb:11.6.2
                networks:
                  {|DKS6006:backend|}:
                    aliases: [database]
            networks:
              frontend:
              backend:
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                ports:
                  - "8080:8080"
            """)).ShouldReport();

    [Test]
    public void Guard_separate_networks_loopback_ports_and_network_modes() => Compose(
        ("docker-compose.yml", """
            services:
              web:
                image: nginxinc/nginx-unprivileged:1.27.3-alpine
                ports:
                  - "0.0.0.0:8443:8443"
                networks:
                  - frontend
              api:
                image: ghcr.io/example/orders-api:1.4.2
                networks:
                  - frontend
                  - backend
              db:
                image: postgres:16.6-alpine
                networks:
                  - backend
              cache:
                image: redis:7.4.1-alpine
                ports:
                  - "127.0.0.1:6379:6379"
                networks:
                  - backend
              tool:
                image: ghcr.io/example/tool:1.0.0
                network_mode: host
            networks:
              frontend:
              backend:
                internal: true
            """),
        ("docker-compose.override.yml", """
            services:
              debug:
                image: ghcr.io/example/debug:1.0.0
                ports:
                  - "127.0.0.1:5005:5005"
                networks:
                  - backend
            """)).ShouldNotReport("DKS6006");
}
