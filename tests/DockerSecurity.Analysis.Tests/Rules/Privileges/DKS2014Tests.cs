using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

public class DKS2014Tests : ComposeEnvironmentTest
{
    [Test]
    public void Host_namespaces_are_reported_at_the_value()
    {
        var result = Compose(("docker-compose.yml", """
            services:
              agent:
                image: ghcr.io/example/metrics-agent:2.8.0
                network_mode: {|DKS2014:host|}
                pid: {|DKS2014:"host"|}
                ipc: {|DKS2014:host|}
                uts: {|DKS2014:host|}
                userns_mode: {|DKS2014:host|}
                cgroup: {|DKS2014:host|}
              other:
                image: ghcr.io/example/metrics-agent:2.8.0
                network_mode: {|DKS2014:"${NETWORK_MODE:-host}"|}
            """)).ShouldReport();
        Assert.That(result.Diagnostics.First(d => d.Id == "DKS2014").Message, Is.EqualTo(
            "Service 'agent' shares the host's network namespace ('network_mode: host'), so it can bind any host port and reach services on the host's loopback; use a compose network and publish only the ports it needs"));
    }

    [Test]
    public void Production_file_that_sets_it_is_where_the_finding_is() => ComposeEnvironment(
        "prod",
        ("docker-compose.yml", """
            services:
              agent:
                image: ghcr.io/example/metrics-agent:2.8.0
            """),
        ("docker-compose.prod.yml", """
            services:
              agent:
                pid: {|DKS2014:host|}
            """)).ShouldReport();

    [Test]
    public void Guard_private_and_container_scoped_values() => Compose(("docker-compose.yml", """
        services:
          a:
            image: ghcr.io/example/metrics-agent:2.8.0
            network_mode: "service:vpn"
            pid: "service:app"
            ipc: shareable
            cgroup: private
          b:
            image: ghcr.io/example/metrics-agent:2.8.0
            network_mode: "container:3f1a"
            ipc: "container:3f1a"
          c:
            image: ghcr.io/example/metrics-agent:2.8.0
            network_mode: none
            uts: ""
          d:
            image: ghcr.io/example/metrics-agent:2.8.0
            network_mode: ${NETWORK_MODE}
            userns_mode: ${USERNS}
        """)).ShouldNotReport("DKS2014");
}
