namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

public class DKS2005Tests : ComposeEnvironmentTest
{
    [Test]
    public void Privileged_is_reported_at_the_value()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              proxy:
                image: nginx:1.27.3-alpine
                privileged: {|DKS2005:true|}
            """)).ShouldReport().Single("DKS2005");
        Assert.That(finding.Message, Is.EqualTo(
            "Service 'proxy' is privileged: it gets every capability and host device and no seccomp or AppArmor confinement; remove 'privileged' and add only the capabilities it needs"));
    }

    [Test]
    public void Default_of_a_variable_is_what_an_unset_environment_gets() => Compose(("docker-compose.yml", """
        services:
          proxy:
            image: nginx:1.27.3-alpine
            privileged: {|DKS2005:"${PRIVILEGED:-true}"|}
        """)).ShouldReport();

    [Test]
    public void Override_file_that_turns_it_on_is_where_the_finding_is() => Compose(
        ("docker-compose.yml", """
            services:
              proxy:
                image: nginx:1.27.3-alpine
            """),
        ("docker-compose.override.yml", """
            services:
              proxy:
                privileged: {|DKS2005:yes|}
            """)).ShouldReport();

    [Test]
    public void Production_file_that_turns_it_on_is_where_the_finding_is() => ComposeEnvironment(
        "prod",
        ("docker-compose.yml", """
            services:
              proxy:
                image: nginx:1.27.3-alpine
            """),
        ("docker-compose.prod.yml", """
            services:
              proxy:
                privileged: {|DKS2005:true|}
            """)).ShouldReport();

    [Test]
    public void Guard_override_turns_it_off() => Compose(
        ("docker-compose.yml", """
            services:
              proxy:
                image: nginx:1.27.3-alpine
                privileged: true
            """),
        ("docker-compose.override.yml", """
            services:
              proxy:
                privileged: false
            """)).ShouldNotReport("DKS2005");

    [Test]
    public void Guard_false_missing_and_unknown() => Compose(("docker-compose.yml", """
        services:
          a:
            image: nginx:1.27.3-alpine
            privileged: false
          b:
            image: nginx:1.27.3-alpine
          c:
            image: nginx:1.27.3-alpine
            privileged: ${PRIVILEGED}
        """)).ShouldNotReport("DKS2005");
}
