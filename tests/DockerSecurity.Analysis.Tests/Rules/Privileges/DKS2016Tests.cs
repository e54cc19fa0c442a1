using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

public class DKS2016Tests : ComposeEnvironmentTest
{
    [Test]
    public void Sensitive_directories_are_reported_at_the_host_path()
    {
        var result = Compose(("docker-compose.yml", """
            services:
              backup:
                image: ghcr.io/example/backup-agent:1.9.0
                volumes:
                  - {|DKS2016:/|}:/host:ro
                  - {|DKS2016:/etc|}:/host-etc
                  - {|DKS2016:/proc/sys|}:/host-sys
                  - {|DKS2016:/var/lib/docker|}:/docker:ro
                  - {|DKS2016:/etc/localtime|}:/etc/localtime
                  - {|DKS2016://etc/../root/.ssh|}:/keys:ro
                  - {|DKS2016:${HOST_ETC:-/etc}|}:/host/etc:ro
                  - type: bind
                    source: {|DKS2016:/sys|}
                    target: /host/sys
                    read_only: true
            """)).ShouldReport();
        var messages = result.Diagnostics.Where(d => d.Id == "DKS2016").OrderBy(d => d.Span.StartLine).Select(d => d.Message).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(messages[0], Is.EqualTo("Service 'backup' mounts the host directory '/', which holds the host's whole filesystem; mount only the directory it needs"));
            Assert.That(messages[1], Is.EqualTo("Service 'backup' mounts the host directory '/etc', which holds the host's credentials and configuration; mount only the directory it needs"));
            Assert.That(messages[2], Is.EqualTo("Service 'backup' mounts '/proc/sys' from the host's '/proc', which holds the host kernel's process and control interfaces; mount only the directory it needs"));
        });
    }

    [TestCase("/boot")]
    [TestCase("/dev")]
    [TestCase("/root")]
    [TestCase("/var/run")]
    [TestCase("/run/containerd")]
    [TestCase("/usr/lib")]
    [TestCase("/lib/modules")]
    [TestCase("/etc/")]
    public void Each_sensitive_directory_is_reported(string path) => Compose(("docker-compose.yml", $$"""
        services:
          agent:
            image: ghcr.io/example/metrics-agent:2.8.0
            volumes:
              - {|DKS2016:{{path}}|}:/host
        """)).ShouldReport();

    [Test]
    public void Production_file_that_mounts_it_is_where_the_finding_is() => ComposeEnvironment(
        "prod",
        ("docker-compose.yml", """
            services:
              agent:
                image: ghcr.io/example/metrics-agent:2.8.0
                volumes:
                  - ./data:/data
            """),
        ("docker-compose.prod.yml", """
            services:
              agent:
                volumes:
                  - {|DKS2016:/etc/ssl|}:/data
            """)).ShouldReport();

    [Test]
    public void Guard_project_paths_volumes_time_zone_files_and_tmpfs() => Compose(("docker-compose.yml", """
        services:
          api:
            image: ghcr.io/example/orders-api:1.4.2
            volumes:
              - ./config:/config:ro
              - ../shared:/shared
              - data:/var/lib/postgresql/data
              - /srv/orders:/data
              - /varnish:/cache
              - /etc/localtime:/etc/localtime:ro
              - /etc/timezone:/etc/timezone:ro
              - ${DATA_DIR}/etc:/data-etc
              - type: tmpfs
                target: /run
              - type: volume
                source: logs
                target: /var/log/app
            tmpfs:
              - /var/run:rw,noexec,nosuid,size=10m
        volumes:
          data:
          logs:
        """)).ShouldNotReport("DKS2016");
}
