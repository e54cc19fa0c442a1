namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

public class DKS2020Tests : ComposeEnvironmentTest
{
    [Test]
    public void Missing_security_opt_is_reported_at_the_service_name()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              {|DKS2020:api|}:
                image: ghcr.io/example/orders-api:1.4.2
            """)).ShouldReport().Single("DKS2020");
        Assert.That(finding.Message, Is.EqualTo(
            "Service 'api' uses Docker's default seccomp and AppArmor profiles; add a custom profile ('seccomp=./security/seccomp-profile.json' or 'apparmor=<profile>')"));
    }

    [Test]
    public void Security_opt_without_a_custom_profile_is_reported_at_the_key() => Compose(("docker-compose.yml", """
        services:
          api:
            image: ghcr.io/example/orders-api:1.4.2
            {|DKS2020:security_opt|}:
              - no-new-privileges:true
              - seccomp=builtin
              - apparmor=docker-default
        """)).ShouldReport();

    [Test]
    public void Guard_custom_profiles_unconfined_and_unknown_entries() => Compose(("docker-compose.yml", """
        services:
          seccomp:
            image: ghcr.io/example/orders-api:1.4.2
            security_opt: [no-new-privileges:true, "seccomp=./security/seccomp-profile.json"]
          apparmor:
            image: ghcr.io/example/orders-api:1.4.2
            security_opt: [no-new-privileges:true, apparmor=orders-api]
          unconfined:
            image: ghcr.io/example/orders-api:1.4.2
            security_opt: [no-new-privileges:true, "seccomp:unconfined"]
          unknown:
            image: ghcr.io/example/orders-api:1.4.2
            security_opt: [no-new-privileges:true, "${SECURITY_PROFILE}"]
        """)).ShouldNotReport("DKS2020");

    [Test]
    public void Guard_override_adds_a_profile() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                security_opt: [no-new-privileges:true]
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                security_opt: [apparmor=orders-api]
            """)).ShouldNotReport("DKS2020");

    [Test]
    public void Override_reset_is_reported_at_the_base_service_name() => Compose(
        ("docker-compose.yml", """
            services:
              {|DKS2020:api|}:
                image: ghcr.io/example/orders-api:1.4.2
                security_opt: [apparmor=orders-api]
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                security_opt: !reset []
            """)).ShouldReport();

    [Test]
    public void Guard_production_file_adds_a_profile() => ComposeEnvironment(
        "prod",
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
            """),
        ("docker-compose.prod.yml", """
            services:
              api:
                security_opt:
                  - seccomp=./security/seccomp-profile.json
            """)).ShouldNotReport("DKS2020");

    [Test]
    public void Production_reset_is_reported_at_the_base_service_name() => ComposeEnvironment(
        "prod",
        ("docker-compose.yml", """
            services:
              {|DKS2020:api|}:
                image: ghcr.io/example/orders-api:1.4.2
                security_opt: [apparmor=orders-api]
            """),
        ("docker-compose.prod.yml", """
            services:
              api:
                security_opt: !reset []
            """)).ShouldReport();
}
