using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

public class DKS2008Tests : ComposeEnvironmentTest
{
    [Test]
    public void Dangerous_capabilities_are_reported_at_each_entry()
    {
        var result = Compose(("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                cap_drop: [ALL]
                cap_add:
                  - {|DKS2008:SYS_ADMIN|}
                  - {|DKS2008:cap_net_admin|}
                  - {|DKS2008:CAP_SYS_PTRACE|}
                  - {|DKS2008:all|}
                  - {|DKS2008:"${EXTRA_CAP:-SYS_MODULE}"|}
                  - NET_BIND_SERVICE
                  - NET_RAW
                  - ${EXTRA_CAP_2}
            """)).ShouldReport();
        Assert.That(result.Diagnostics.Single(d => d.Id == "DKS2008" && d.Span.StartLine == 6).Message, Is.EqualTo(
            "Service 'api' adds 'SYS_ADMIN', which allows mounting filesystems and most of what root can do; remove it"));
    }

    [TestCase("DAC_READ_SEARCH")]
    [TestCase("SYS_RAWIO")]
    [TestCase("BPF")]
    [TestCase("PERFMON")]
    [TestCase("SYS_BOOT")]
    [TestCase("SYS_TIME")]
    [TestCase("MAC_ADMIN")]
    [TestCase("MAC_OVERRIDE")]
    [TestCase("AUDIT_CONTROL")]
    [TestCase("SYSLOG")]
    public void Each_dangerous_capability_is_reported(string capability) => Compose(("docker-compose.yml", $$"""
        services:
          api:
            image: ghcr.io/example/orders-api:1.4.2
            cap_add: [{|DKS2008:{{capability}}|}]
        """)).ShouldReport();

    [Test]
    public void Production_file_that_adds_it_is_where_the_finding_is() => ComposeEnvironment(
        "prod",
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                cap_add: [CHOWN]
            """),
        ("docker-compose.prod.yml", """
            services:
              api:
                cap_add:
                  - {|DKS2008:SYS_PTRACE|}
            """)).ShouldReport();

    [Test]
    public void Guard_capabilities_that_do_not_control_the_host() => Compose(("docker-compose.yml", """
        services:
          api:
            image: ghcr.io/example/orders-api:1.4.2
            cap_add: [NET_BIND_SERVICE, CHOWN, SETUID, SETGID, NET_RAW, SYS_NICE, KILL]
        """)).ShouldNotReport("DKS2008");

    [Test]
    public void Guard_override_reset_removes_it() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                cap_add: [SYS_ADMIN]
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                cap_add: !reset []
            """)).ShouldNotReport("DKS2008");
}
