using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Health;

public class DKS5002Tests : RuleTest
{
    [Test]
    public void Healthcheck_none_is_reported_at_none()
    {
        var finding = Dockerfile("""
            FROM nginx:1.27.3-alpine
            HEALTHCHECK {|DKS5002:NONE|}
            """).ShouldReport().Single("DKS5002");
        Assert.That(finding.Message, Is.EqualTo("'HEALTHCHECK NONE' disables the container's health check, the base image's included, so Docker cannot tell a hung container from a healthy one; define a HEALTHCHECK that probes the service"));
    }

    [Test]
    public void Healthcheck_none_inherited_from_a_stage() => Dockerfile("""
        FROM nginx:1.27.3-alpine AS base
        HEALTHCHECK {|DKS5002:none|}
        FROM base
        COPY site /usr/share/nginx/html
        """).ShouldReport();

    [Test]
    public void Healthcheck_none_after_a_real_one_wins() => Dockerfile("""
        FROM nginx:1.27.3-alpine
        HEALTHCHECK CMD wget -qO- http://localhost/ || exit 1
        HEALTHCHECK {|DKS5002:NONE|}
        """).ShouldReport();

    [Test]
    public void Guard_builder_stage_and_later_healthcheck() => Dockerfile("""
        FROM nginx:1.27.3-alpine AS build
        HEALTHCHECK NONE
        FROM nginx:1.27.3-alpine AS base
        HEALTHCHECK NONE
        FROM base
        HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD wget -qO- http://localhost/ || exit 1
        """).ShouldNotReport("DKS5002");
}

public class DKS5002ComposeTests : RuleTest
{
    [Test]
    public void Disable_true_is_reported_at_the_value()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              api:
                image: myorg/api:1.4.2
                healthcheck:
                  disable: {|DKS5002:true|}
            """)).ShouldReport().Single("DKS5002");
        Assert.That(finding.Message, Is.EqualTo("Service 'api' disables its health check ('disable: true'), so Docker cannot tell a hung container from a healthy one; define a healthcheck that probes the service"));
    }

    [Test]
    public void Test_none_list_is_reported_at_the_test_value()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              worker:
                image: myorg/worker:1.4.2
                healthcheck:
                  test: {|DKS5002:["NONE"]|}
              cron:
                image: myorg/cron:1.4.2
                healthcheck:
                  test:
                    {|DKS5002:- NONE|}
            """)).ShouldReport().Diagnostics.First(d => d.Id == "DKS5002");
        Assert.That(finding.Message, Is.EqualTo("Service 'worker' disables its health check ('test: [\"NONE\"]'), so Docker cannot tell a hung container from a healthy one; define a healthcheck that probes the service"));
    }

    [Test]
    public void Test_none_string_is_a_failing_shell_command()
    {
        var finding = Compose(("compose.yaml", """
            services:
              api:
                image: myorg/api:1.4.2
                healthcheck:
                  test: {|DKS5002:NONE|}
            """)).ShouldReport().Single("DKS5002");
        Assert.That(finding.Message, Is.EqualTo("Service 'api' sets 'test: NONE', which Compose runs as the shell command 'NONE': it always fails, and test: [\"NONE\"] would disable the check; define a healthcheck that probes the service"));
    }

    [Test]
    public void Override_file_that_disables_is_reported_there() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: myorg/api:1.4.2
                healthcheck:
                  test: ["CMD", "curl", "-f", "http://localhost/health"]
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                healthcheck:
                  disable: {|DKS5002:true|}
            """)).ShouldReport();

    [Test]
    public void Guard_working_and_enabled_healthchecks() => Compose(("compose.yaml", """
        services:
          api:
            image: myorg/api:1.4.2
            healthcheck:
              test: ["CMD-SHELL", "curl -f http://localhost/health || exit 1"]
              disable: false
          web:
            image: myorg/web:1.4.2
            healthcheck:
              test: curl -f http://localhost/
        """)).ShouldNotReport("DKS5002");
}
