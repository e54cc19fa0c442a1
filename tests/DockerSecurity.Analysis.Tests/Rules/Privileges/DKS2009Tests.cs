namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

public class DKS2009Tests : RuleTest
{
    [Test]
    public void Capability_outside_the_allowed_list_is_reported_at_the_entry()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              uptime-probe:
                image: ghcr.io/example/uptime-probe:3.2.1
                cap_drop:
                  - ALL
                cap_add:
                  - {|DKS2009:NET_RAW|}
                  - chown
                  - CAP_SETUID
            """)).ShouldReport().Single("DKS2009");
        Assert.That(finding.Message, Is.EqualTo(
            "Service 'uptime-probe' adds 'NET_RAW', which is not in DockerSecurityAllowedCapabilities (NET_BIND_SERVICE;CHOWN;SETUID;SETGID); remove it or add it to the list"));
    }

    [Test]
    public void Dangerous_capabilities_are_left_to_DKS2008() => Compose(("docker-compose.yml", """
        services:
          api:
            image: ghcr.io/example/orders-api:1.4.2
            cap_add: [{|DKS2008:SYS_ADMIN|}, {|DKS2009:SYS_NICE|}, {|DKS2009:"${CAP:-KILL}"|}]
        """)).ShouldReport();

    [Test]
    public void Allowed_list_comes_from_the_settings()
    {
        var settings = new RuleSettings { AllowedCapabilities = new[] { "net_raw" } };
        var finding = Compose(settings, ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                cap_add: [NET_RAW, {|DKS2009:CHOWN|}]
            """)).ShouldReport().Single("DKS2009");
        Assert.That(finding.Message, Does.Contain("(net_raw)"));
    }

    [Test]
    public void Guard_default_allowed_capabilities_and_unknown_entries() => Compose(("docker-compose.yml", """
        services:
          api:
            image: ghcr.io/example/orders-api:1.4.2
            cap_add: [NET_BIND_SERVICE, CHOWN, SETUID, SETGID, "cap_setgid", "${EXTRA_CAP}"]
        """)).ShouldNotReport("DKS2009");
}
