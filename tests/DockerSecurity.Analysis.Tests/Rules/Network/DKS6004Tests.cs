using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Network;

public class DKS6004Tests : RuleTest
{
    [Test]
    public void Privileged_host_ports_are_reported_at_the_entry()
    {
        var result = Compose(("docker-compose.yml", """
            services:
              web:
                image: nginxinc/nginx-unprivileged:1.27.3-alpine
                ports:
                  - {|DKS6004:"0.0.0.0:80:8080"|}
                  - {|DKS6004:"127.0.0.1:443:8443"|}
                  - {|DKS6004:1000-1030:1000-1030|}
                  - target: 8080
                    published: {|DKS6004:81|}
                    host_ip: 0.0.0.0
            """)).ShouldReport();
        var messages = result.Diagnostics.Where(d => d.Id == "DKS6004").Select(d => d.Message).ToList();
        Assert.That(messages[0], Is.EqualTo("Service 'web' publishes the privileged host port 80; publish a port above 1023 (behind a load balancer or proxy), or suppress this for the public entry point"));
        Assert.That(messages[2], Is.EqualTo("Service 'web' publishes the host port range 1000-1030, which starts at the privileged port 1000; publish a port above 1023 (behind a load balancer or proxy), or suppress this for the public entry point"));
    }

    [Test]
    public void Override_port_is_reported_in_the_override() => Compose(
        ("docker-compose.yml", """
            services:
              web:
                image: nginxinc/nginx-unprivileged:1.27.3-alpine
            """),
        ("docker-compose.override.yml", """
            services:
              web:
                ports:
                  - {|DKS6004:"0.0.0.0:443:8443"|}
            """)).ShouldReport();

    [Test]
    public void Guard_high_host_ports_random_ports_and_expose() => Compose(("compose.yaml", """
        services:
          web:
            image: nginxinc/nginx-unprivileged:1.27.3-alpine
            ports:
              - "127.0.0.1:8080:80"
              - "0.0.0.0:1024:443"
              - "80"
              - "0:80"
              - "${HTTP_PORT}:80"
              - target: 80
            expose:
              - "80"
        """)).ShouldNotReport("DKS6004");
}
