using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

public class DKS2015Tests : RuleTest
{
    [Test]
    public void Socket_mount_is_reported_at_its_host_path()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              proxy:
                image: traefik:v3.2.3
                volumes:
                  - {|DKS2015:/var/run/docker.sock|}:/var/run/docker.sock:ro
            """)).ShouldReport().Single("DKS2015");
        Assert.That(finding.Message, Is.EqualTo(
            "Service 'proxy' mounts the Docker socket '/var/run/docker.sock', which gives root on the host (read-only does not limit the API); remove the mount"));
    }

    [Test]
    public void Every_mount_syntax_is_reported()
    {
        var result = Compose(("docker-compose.yml", """
            services:
              ci:
                image: docker:27.4.1-cli
                volumes:
                  - {|DKS2015:/run/docker.sock|}:/var/run/docker.sock
                  - "{|DKS2015:${DOCKER_SOCK:-/var/run/docker.sock}|}:/docker.sock"
                  - {|DKS2015:${XDG_RUNTIME_DIR}/docker.sock|}:/rootless.sock
                  - type: bind
                    source: {|DKS2015:/var/run/docker.sock|}
                    target: /long.sock
                  - type: npipe
                    source: {|DKS2015:'\\.\pipe\docker_engine'|}
                    target: '\\.\pipe\docker_engine'
              agent:
                image: docker:27.4.1-cli
                use_api_socket: {|DKS2015:true|}
            """)).ShouldReport();
        Assert.That(result.Diagnostics.Last(d => d.Id == "DKS2015").Message, Is.EqualTo(
            "Service 'agent' sets 'use_api_socket: true', which hands it the Docker API and so root on the host; remove it"));
    }

    [Test]
    public void Override_mount_is_reported_in_the_override() => Compose(
        ("docker-compose.yml", """
            services:
              proxy:
                image: traefik:v3.2.3
            """),
        ("docker-compose.override.yml", """
            services:
              proxy:
                volumes:
                  - {|DKS2015:/var/run/docker.sock|}:/var/run/docker.sock
            """)).ShouldReport();

    [Test]
    public void Guard_other_mounts_and_unknown_sources() => Compose(("docker-compose.yml", """
        services:
          proxy:
            image: traefik:v3.2.3
            use_api_socket: false
            volumes:
              - ${DOCKER_SOCK}:/var/run/docker.sock
              - ./traefik/dynamic:/etc/traefik/dynamic:ro
              - ./docker.sock.d:/etc/sock.d
              - certs:/certs
        volumes:
          certs:
        """)).ShouldNotReport("DKS2015");

    [Test]
    public void Socket_is_not_also_a_sensitive_path() => Compose(("docker-compose.yml", """
        services:
          proxy:
            image: traefik:v3.2.3
            volumes:
              - {|DKS2015:/var/run/docker.sock|}:/var/run/docker.sock
              - {|DKS2015:/run/user/1000/docker.sock|}:/run/user.sock
        """)).ShouldReport("DKS2016");
}
