namespace DockerSecurity.Analysis.Tests.Rules.Health;

public class DKS5005Tests : RuleTest
{
    [Test]
    public void Healthcheck_without_timing_is_reported_at_the_keyword()
    {
        var finding = Dockerfile("""
            FROM python:3.12.8-slim
            {|DKS5005:HEALTHCHECK|} CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:8000/health')"]
            """).ShouldReport().Single("DKS5005");
        Assert.That(finding.Message, Is.EqualTo("HEALTHCHECK relies on Docker's defaults for --interval, --timeout and --retries (30s, 30s, 3); set them explicitly"));
    }

    [Test]
    public void Message_names_only_what_is_missing()
    {
        var finding = Dockerfile("""
            FROM python:3.12.8-slim
            {|DKS5005:HEALTHCHECK|} --interval=30s \
                --start-period=10s \
                CMD curl -f http://localhost:8000/health || exit 1
            """).ShouldReport().Single("DKS5005");
        Assert.That(finding.Message, Is.EqualTo("HEALTHCHECK relies on Docker's defaults for --timeout and --retries (30s, 3); set them explicitly"));
    }

    [Test]
    public void Healthcheck_inherited_from_a_stage_is_reported_there() => Dockerfile("""
        FROM python:3.12.8-slim AS base
        {|DKS5005:HEALTHCHECK|} --interval=30s --timeout=5s CMD ["/healthcheck"]
        FROM base
        """).ShouldReport();

    [Test]
    public void Guard_explicit_timing_none_and_builder_stages() => Dockerfile("""
        FROM python:3.12.8-slim AS build
        HEALTHCHECK CMD ["true"]
        FROM python:3.12.8-slim AS base
        HEALTHCHECK NONE
        FROM python:3.12.8-slim
        HEALTHCHECK --interval=30s --timeout=10s --retries=3 \
            CMD ["/healthcheck"]
        """).ShouldNotReport("DKS5005");

    [Test]
    public void Guard_healthcheck_none_is_dks5002s_business() => Dockerfile("""
        FROM python:3.12.8-slim
        HEALTHCHECK NONE
        """).ShouldNotReport("DKS5005");
}

public class DKS5005ComposeTests : RuleTest
{
    [Test]
    public void Healthcheck_without_timing_is_reported_at_the_key()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              api:
                image: myorg/api:1.4.2
                {|DKS5005:healthcheck|}:
                  test: ["CMD", "curl", "-f", "http://localhost:8080/health"]
                  interval: 30s
            """)).ShouldReport().Single("DKS5005");
        Assert.That(finding.Message, Is.EqualTo("The healthcheck of service 'api' relies on Docker's defaults for timeout and retries (30s, 3); set them explicitly"));
    }

    [Test]
    public void Override_that_adds_a_healthcheck_is_reported_in_the_override() => Compose(
        ("compose.yaml", """
            services:
              api:
                image: myorg/api:1.4.2
            """),
        ("compose.override.yaml", """
            services:
              api:
                {|DKS5005:healthcheck|}: {test: ["CMD", "/healthcheck"], retries: 3}
            """)).ShouldReport();

    [Test]
    public void Settings_of_the_built_image_count() => Compose(
        ("compose.yaml", """
            services:
              api:
                build: ./api
                healthcheck:
                  test: ["CMD", "/healthcheck"]
                  interval: 10s
              worker:
                build: ./worker
                {|DKS5005:healthcheck|}:
                  test: ["CMD", "/healthcheck"]
            """),
        ("api/Dockerfile", "FROM python:3.12.8-slim\nHEALTHCHECK --timeout=5s --retries=3 CMD [\"/healthcheck\"]\n"),
        ("worker/Dockerfile", "FROM python:3.12.8-slim\nHEALTHCHECK NONE\n")).ShouldReport("DKS5005");

    [Test]
    public void Guard_explicit_timing_and_disabled_checks() => Compose(("compose.yaml", """
        services:
          api:
            image: myorg/api:1.4.2
            healthcheck:
              test: ["CMD", "curl", "-f", "http://localhost:8080/health"]
              interval: 30s
              timeout: 10s
              retries: 3
              start_period: 40s
          off:
            image: myorg/off:1.4.2
            healthcheck:
              disable: true
          none:
            image: myorg/none:1.4.2
            healthcheck:
              test: ["NONE"]
          plain:
            image: myorg/plain:1.4.2
        """)).ShouldNotReport("DKS5005");
}
