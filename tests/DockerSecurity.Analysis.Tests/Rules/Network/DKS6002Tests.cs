using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Network;

public class DKS6002Tests : RuleTest
{
    [Test]
    public void Short_syntax_without_address_is_reported_at_the_entry()
    {
        var result = Compose(("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                ports:
                  - {|DKS6002:"8080:8080"|}
                  - {|DKS6002:9000-9010:9000-9010|}
                  - {|DKS6002:"9090"|}
                  - {|DKS6002:5353:53/udp|}
            """)).ShouldReport();
        var messages = result.Diagnostics.Where(d => d.Id == "DKS6002").Select(d => d.Message).ToList();
        Assert.That(messages, Is.EqualTo(new[]
        {
            "Service 'api' publishes port 8080 on all host interfaces, and Docker's rules bypass the host firewall; bind it to an address ('127.0.0.1:8080:8080', or '0.0.0.0:...' to state that it is public)",
            "Service 'api' publishes ports 9000-9010 on all host interfaces, and Docker's rules bypass the host firewall; bind it to an address ('127.0.0.1:9000-9010:9000-9010', or '0.0.0.0:...' to state that it is public)",
            "Service 'api' publishes container port 9090 on a random host port on all host interfaces, and Docker's rules bypass the host firewall; bind it to an address ('127.0.0.1::9090', or '0.0.0.0:...' to state that it is public)",
            "Service 'api' publishes port 5353/udp on all host interfaces, and Docker's rules bypass the host firewall; bind it to an address ('127.0.0.1:5353:53/udp', or '0.0.0.0:...' to state that it is public)",
        }));
    }

    [Test]
    public void Long_syntax_without_host_ip_is_reported_at_published_or_target()
    {
        var result = Compose(("compose.yaml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                ports:
                  - target: 9090
                    published: {|DKS6002:"9090"|}
                  - target: {|DKS6002:8081|}
                    protocol: tcp
            """)).ShouldReport();
        Assert.That(result.Diagnostics.First(d => d.Id == "DKS6002").Message, Is.EqualTo(
            "Service 'api' publishes port 9090 on all host interfaces, and Docker's rules bypass the host firewall; set host_ip (127.0.0.1 for local access, or 0.0.0.0 to state that it is public)"));
    }

    [Test]
    public void Port_added_by_an_override_is_reported_in_the_override() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                ports:
                  - "127.0.0.1:8080:8080"
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                ports:
                  - {|DKS6002:"5005:5005"|}
            """)).ShouldReport();

    [Test]
    public void Default_of_a_variable_is_judged() => Compose(("compose.yaml", """
        services:
          api:
            image: ghcr.io/example/orders-api:1.4.2
            ports:
              - {|DKS6002:"${API_PORT:-8080}:8080"|}
        """)).ShouldReport();

    [Test]
    public void Guard_addresses_explicit_all_interfaces_expose_and_environment() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                ports:
                  - "127.0.0.1:8080:8080"
                  - "[::1]:8081:8081"
                  - "10.0.0.5:8082:8082"
                  - "0.0.0.0:443:8443"
                  - "[::]:8443:8443"
                  - "${BIND_ADDRESS}:9000:9000"
                  - target: 9090
                    published: "9090"
                    host_ip: 127.0.0.1
                  - target: 9091
                    published: "9091"
                    host_ip: ${BIND_ADDRESS}
                expose:
                  - "7000"
            """),
        ("docker-compose.prod.yml", """
            services:
              api:
                ports: !reset []
            """)).ShouldNotReport("DKS6002");
}
