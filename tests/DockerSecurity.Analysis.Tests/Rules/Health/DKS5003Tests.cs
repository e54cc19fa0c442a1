namespace DockerSecurity.Analysis.Tests.Rules.Health;

public class DKS5003Tests : RuleTest
{
    private const string WithHealthcheck = """
        FROM python:3.11.7-slim
        HEALTHCHECK --interval=30s CMD curl -f http://localhost:8080/health || exit 1
        """;

    private const string WithoutHealthcheck = "FROM python:3.11.7-slim\nUSER app\n";

    [Test]
    public void Pulled_image_without_healthcheck_is_reported_at_the_service_name()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              {|DKS5003:db|}:
                image: postgres:16.6-alpine
            """)).ShouldReport().Single("DKS5003");
        Assert.That(finding.Message, Is.EqualTo("Service 'db' has no healthcheck and its image 'postgres:16.6-alpine' is not known to define one, so a hung or starting container looks healthy; add a healthcheck that probes the service"));
    }

    [Test]
    public void Built_stage_without_healthcheck_is_reported_naming_the_dockerfile()
    {
        var finding = Compose(
            ("docker-compose.yml", """
                services:
                  {|DKS5003:api|}:
                    build:
                      context: .
                      dockerfile: src/Api/Dockerfile
                """),
            ("src/Api/Dockerfile", WithoutHealthcheck)).ShouldReport().Single("DKS5003");
        Assert.That(finding.Message, Is.EqualTo("Service 'api' has no healthcheck and the stage it builds from 'src/Api/Dockerfile' defines none, so a hung or starting container looks healthy; add a healthcheck here or a HEALTHCHECK to the Dockerfile"));
    }

    [Test]
    public void Healthcheck_none_in_the_dockerfile_does_not_satisfy_it()
    {
        var finding = Compose(
            ("compose.yaml", """
                services:
                  {|DKS5003:api|}:
                    build: ./api
                """),
            ("api/Dockerfile", "FROM python:3.11.7-slim\nHEALTHCHECK NONE\n")).ShouldReport().Single("DKS5003");
        Assert.That(finding.Message, Does.Contain("'api/Dockerfile' disables the image's (HEALTHCHECK NONE)"));
    }

    [Test]
    public void Target_stage_is_what_runs() => Compose(
        ("compose.yaml", """
            services:
              {|DKS5003:api|}:
                build:
                  context: ./api
                  target: runtime
            """),
        ("api/Dockerfile", """
            FROM python:3.11.7-slim AS runtime
            USER app
            FROM runtime AS debug
            HEALTHCHECK CMD ["/app/health"]
            """)).ShouldReport();

    [Test]
    public void Healthcheck_timing_without_a_test_checks_nothing_when_the_dockerfile_has_none()
    {
        var finding = Compose(
            ("compose.yaml", """
                services:
                  api:
                    build: ./api
                    {|DKS5003:healthcheck|}:
                      interval: 30s
                      retries: 3
                """),
            ("api/Dockerfile", WithoutHealthcheck)).ShouldReport().Single("DKS5003");
        Assert.That(finding.Message, Is.EqualTo("The healthcheck of service 'api' has no test and the stage it builds from 'api/Dockerfile' defines none, so nothing is checked; add a test"));
    }

    [Test]
    public void Override_that_resets_the_healthcheck_is_reported_in_the_base_file() => Compose(
        ("docker-compose.yml", """
            services:
              {|DKS5003:web|}:
                image: nginxinc/nginx-unprivileged:1.27.3-alpine
                healthcheck:
                  test: ["CMD", "wget", "-qO-", "http://localhost:8080/"]
            """),
        ("docker-compose.override.yml", """
            services:
              web:
                healthcheck: !reset {}
            """)).ShouldReport();

    [Test]
    public void Each_environment_is_judged_with_its_own_overrides() => Compose(
        ("docker-compose.yml", """
            services:
              {|DKS5003:web|}:
                image: nginxinc/nginx-unprivileged:1.27.3-alpine
            """),
        ("docker-compose.override.yml", """
            services:
              web:
                healthcheck:
                  test: ["CMD", "wget", "-qO-", "http://localhost:8080/"]
            """),
        ("docker-compose.prod.yml", """
            services:
              web:
                restart: always
            """)).ShouldReport();

    [Test]
    public void Service_declared_in_the_override_is_reported_there() => Compose(
        ("docker-compose.yml", """
            services:
              web:
                image: nginxinc/nginx-unprivileged:1.27.3-alpine
                healthcheck:
                  test: ["CMD", "wget", "-qO-", "http://localhost:8080/"]
            """),
        ("docker-compose.override.yml", """
            services:
              {|DKS5003:adminer|}:
                image: adminer:4.8.1
            """)).ShouldReport();

    [Test]
    public void Guard_healthcheck_in_base_or_added_by_an_override() => Compose(
        ("docker-compose.yml", """
            services:
              db:
                image: postgres:16.6-alpine
                healthcheck:
                  test: ["CMD-SHELL", "pg_isready -U orders"]
              cache:
                image: redis:7.4.1-alpine
            """),
        ("docker-compose.override.yml", """
            services:
              cache:
                healthcheck:
                  test: redis-cli ping
            """)).ShouldNotReport("DKS5003");

    [Test]
    public void Guard_built_stage_with_healthcheck_also_inherited_from_an_earlier_stage() => Compose(
        ("compose.yaml", """
            services:
              api:
                build: ./api
              worker:
                build:
                  context: ./worker
                healthcheck:
                  interval: 10s
            """),
        ("api/Dockerfile", WithHealthcheck),
        ("worker/Dockerfile", """
            FROM python:3.11.7-slim AS base
            HEALTHCHECK CMD ["/app/health"]
            FROM base AS final
            USER app
            """)).ShouldNotReport("DKS5003");

    [Test]
    public void Guard_disabled_healthcheck_is_DKS5002s() => Compose(("compose.yaml", """
        services:
          job:
            image: busybox:1.37.0
            healthcheck:
              disable: true
          other:
            image: busybox:1.37.0
            healthcheck:
              test: ["NONE"]
        """)).ShouldNotReport("DKS5003");

    [Test]
    public void Guard_unknown_built_image_and_timing_for_a_pulled_image() => Compose(("compose.yaml", """
        services:
          remote:
            build: https://github.com/example/app.git#main
          inline:
            build:
              context: .
              dockerfile_inline: |
                FROM busybox:1.37.0
          missing:
            build: ./not-there
          db:
            image: postgres:16.6-alpine
            healthcheck:
              interval: 10s
        """)).ShouldNotReport("DKS5003");
}
