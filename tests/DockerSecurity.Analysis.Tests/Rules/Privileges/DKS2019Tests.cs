namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

public class DKS2019Tests : RuleTest
{
    [Test]
    public void Cgroup_parent_is_reported_at_the_value()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                cgroup_parent: {|DKS2019:system.slice|}
            """)).ShouldReport().Single("DKS2019");
        Assert.That(finding.Message, Is.EqualTo(
            "Service 'api' runs under the cgroup 'system.slice' instead of its own, so it shares that cgroup's limits; remove cgroup_parent"));
    }

    [Test]
    public void Default_and_override_values_are_reported() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                cgroup_parent: {|DKS2019:"${CGROUP_PARENT:-batch.slice}"|}
              worker:
                image: ghcr.io/example/orders-worker:1.4.2
            """),
        ("docker-compose.override.yml", """
            services:
              worker:
                cgroup_parent: {|DKS2019:workers|}
            """)).ShouldReport();

    [Test]
    public void Guard_missing_empty_and_unknown() => Compose(("docker-compose.yml", """
        services:
          a:
            image: ghcr.io/example/orders-api:1.4.2
          b:
            image: ghcr.io/example/orders-api:1.4.2
            cgroup_parent: ""
          c:
            image: ghcr.io/example/orders-api:1.4.2
            cgroup_parent: ${CGROUP_PARENT}
        """)).ShouldNotReport("DKS2019");
}
