namespace DockerSecurity.Analysis.Tests.Rules.Health;

public class DKS5004Tests : RuleTest
{
    [Test]
    public void Missing_policy_is_reported_at_the_service_name()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              {|DKS5004:api|}:
                image: ghcr.io/example/orders-api:1.4.2
            """)).ShouldReport().Single("DKS5004");
        Assert.That(finding.Message, Is.EqualTo("Service 'api' has no restart policy, so it stays down after a crash or a reboot; add 'restart: unless-stopped'"));
    }

    [Test]
    public void Policy_no_is_reported_at_the_value()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              worker:
                image: ghcr.io/example/orders-worker:1.4.2
                restart: {|DKS5004:"no"|}
            """)).ShouldReport().Single("DKS5004");
        Assert.That(finding.Message, Is.EqualTo("Service 'worker' has the restart policy 'no', so it stays down after a crash or a reboot; use one of unless-stopped;on-failure;always"));
    }

    [Test]
    public void Policy_outside_the_configured_list_is_reported()
    {
        var settings = new RuleSettings { AllowedRestartPolicies = new[] { "unless-stopped", "on-failure" } };
        var finding = Compose(settings, ("compose.yaml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                restart: {|DKS5004:always|}
              worker:
                image: ghcr.io/example/orders-worker:1.4.2
                restart: on-failure:5
            """)).ShouldReport().Single("DKS5004");
        Assert.That(finding.Message, Is.EqualTo("Service 'api' has the restart policy 'always', which DockerSecurityAllowedRestartPolicies does not allow; use one of unless-stopped;on-failure"));
    }

    [Test]
    public void Deploy_condition_replaces_restart_and_is_reported_at_the_condition()
    {
        var finding = Compose(("compose.yaml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                restart: unless-stopped
                deploy:
                  restart_policy:
                    condition: {|DKS5004:none|}
            """)).ShouldReport().Single("DKS5004");
        Assert.That(finding.Message, Is.EqualTo("Service 'api' has deploy.restart_policy.condition 'none' (restart policy 'no'), so it stays down after a crash or a reboot; use one of unless-stopped;on-failure;always"));
    }

    [Test]
    public void Empty_restart_is_no_policy() => Compose(("compose.yaml", """
        services:
          api:
            image: ghcr.io/example/orders-api:1.4.2
            restart: {|DKS5004:""|}
        """)).ShouldReport();

    [Test]
    public void Override_that_sets_no_is_reported_in_the_override() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                restart: unless-stopped
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                restart: {|DKS5004:"no"|}
            """)).ShouldReport();

    [Test]
    public void Override_that_resets_the_policy_is_reported_at_the_base_service() => Compose(
        ("docker-compose.yml", """
            services:
              {|DKS5004:api|}:
                image: ghcr.io/example/orders-api:1.4.2
                restart: unless-stopped
            """),
        ("docker-compose.prod.yml", """
            services:
              api:
                restart: !reset null
            """)).ShouldReport();

    [Test]
    public void Guard_allowed_policies_from_restart_deploy_override_and_defaults() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                restart: on-failure:5
              worker:
                image: ghcr.io/example/orders-worker:1.4.2
                deploy:
                  restart_policy:
                    condition: any
              retry:
                image: ghcr.io/example/orders-worker:1.4.2
                restart: "no"
                deploy:
                  restart_policy:
                    condition: on-failure
                    max_attempts: 3
              web:
                image: nginxinc/nginx-unprivileged:1.27.3-alpine
              env:
                image: nginxinc/nginx-unprivileged:1.27.3-alpine
                restart: ${RESTART_POLICY:-unless-stopped}
              decided-elsewhere:
                image: nginxinc/nginx-unprivileged:1.27.3-alpine
                restart: ${RESTART_POLICY}
            """),
        ("docker-compose.override.yml", """
            services:
              web:
                restart: always
            """)).ShouldNotReport("DKS5004");
}
