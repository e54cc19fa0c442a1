namespace DockerSecurity.IntegrationTests;

/// <summary>
/// The usual .NET layout: two projects, each with a Dockerfile, and the solution's docker-compose.yml,
/// docker-compose.override.yml and docker-compose.prod.yml next to the solution file (a gateway, an API,
/// a database and a cache, hardened through an x- anchor). One `dotnet build` of the solution reports
/// every compose finding once, from the owner project, at the file, line and column that supplied it.
/// </summary>
public class SolutionComposeTests
{
    private const string Compose = """
        x-hardening: &hardening
          read_only: true
          security_opt:
            - no-new-privileges:true
            - seccomp=./security/seccomp.json
          cap_drop:
            - ALL
          restart: unless-stopped
          pids_limit: 200
          ulimits:
            nproc: 100
            nofile:
              soft: 1024
              hard: 2048
          deploy:
            resources:
              limits:
                cpus: "0.50"
                memory: 512M
              reservations:
                cpus: "0.25"
                memory: 256M

        services:
          gateway:
            <<: *hardening
            build:
              context: .
              dockerfile: src/Gateway/Dockerfile
            ports:
              - "127.0.0.1:8080:8080"
            networks: [frontend, backend]

          api:
            <<: *hardening
            build:
              context: .
              dockerfile: src/Api/Dockerfile
            environment:
              ConnectionStrings__Db: "Host=db;Username=app;Password=${DB_PASSWORD}"
            networks: [backend]

          db:
            <<: *hardening
            image: postgres:16.6-alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
            healthcheck:
              test: ["CMD", "pg_isready", "-U", "app"]
              interval: 10s
              timeout: 5s
              retries: 5
            networks: [backend]

          cache:
            <<: *hardening
            image: redis:7.4-alpine
            healthcheck:
              test: ["CMD", "redis-cli", "ping"]
              interval: 10s
              timeout: 5s
              retries: 5
            networks: [backend]

        networks:
          frontend: {}
          backend:
            internal: true
        """;

    private const string ComposeOverride = """
        services:
          api:
            ports:
              - "5000:8080"
          db:
            ports:
              - "5432:5432"
        """;

    private const string ComposeProduction = """
        services:
          gateway:
            cap_add:
              - NET_ADMIN
          api:
            environment:
              Jwt__Secret: ${JWT_SECRET:-changeme-in-production}
        """;

    [Test]
    public void Solution_build_reports_each_compose_finding_once_at_its_place()
    {
        var api = new ConsumerProject("Api", projectFolder: "src/Api");
        api.WriteProject("src/Gateway", "Gateway");
        api.Write("Shop.slnx", "<Solution>\n  <Project Path=\"src/Api/Api.csproj\" />\n  <Project Path=\"src/Gateway/Gateway.csproj\" />\n</Solution>\n");
        api.Write(".git/HEAD", "ref: refs/heads/main\n");
        api.Write("src/Api/Dockerfile", Dockerfile("Api"));
        api.Write("src/Gateway/Dockerfile", Dockerfile("Gateway"));
        api.Write("docker-compose.yml", Compose + "\n");
        api.Write("docker-compose.override.yml", ComposeOverride + "\n");
        api.Write("docker-compose.prod.yml", ComposeProduction + "\n");
        api.Write("security/seccomp.json", "{ \"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [] }\n");

        var build = api.BuildTarget("Shop.slnx");

        Assert.That(build.ExitCode, Is.EqualTo(1), "DKS2008 is an error by default");
        Assert.That(build.Findings, Is.EquivalentTo(new[]
        {
            api.ExpectedLine("docker-compose.override.yml", "warning", "DKS6002", (4, 9, 4, 20), "Service 'api' publishes port 5000 on all host interfaces, and Docker's rules bypass the host firewall; bind it to an address ('127.0.0.1:5000:8080', or '0.0.0.0:...' to state that it is public)"),
            api.ExpectedLine("docker-compose.override.yml", "warning", "DKS6002", (7, 9, 7, 20), "Service 'db' publishes port 5432 on all host interfaces, and Docker's rules bypass the host firewall; bind it to an address ('127.0.0.1:5432:5432', or '0.0.0.0:...' to state that it is public)"),
            api.ExpectedLine("docker-compose.override.yml", "warning", "DKS6003", (7, 9, 7, 20), "Data store 'db' (postgres) publishes port 5432; the other services reach it over the compose network, so use 'expose' instead (or bind it to 127.0.0.1 for local tools)"),
            api.ExpectedLine("docker-compose.prod.yml", "error", "DKS2008", (4, 9, 4, 18), "Service 'gateway' adds 'NET_ADMIN', which lets it reconfigure interfaces, routes and firewall rules; remove it"),
            api.ExpectedLine("docker-compose.prod.yml", "warning", "DKS4005", (7, 34, 7, 56), "The default 'ch*****' of ${JWT_SECRET} is used whenever the variable is missing, so the secret is in the compose file after all; use ${JWT_SECRET:?JWT_SECRET must be set}"),
            api.ExpectedLine("docker-compose.yml", "warning", "DKS6006", (51, 16, 51, 23), "Data store 'db' (postgres) shares the network 'backend' with 'api', which publishes ports; put 'db' on a back-end network that 'api' does not join"),
            api.ExpectedLine("docker-compose.yml", "warning", "DKS1002", (55, 12, 55, 28), "'redis:7.4-alpine' floats: tag '7.4-alpine' is not a full version, so a rebuild can pull a different image: pin the full version (major.minor.patch)"),
            api.ExpectedLine("docker-compose.yml", "warning", "DKS6006", (61, 16, 61, 23), "Data store 'cache' (redis) shares the network 'backend' with 'api' and 'db', which publish ports; put 'cache' on a back-end network that 'api' and 'db' do not join"),
        }), build.ToString);
    }

    private static string Dockerfile(string project) => $"""
        FROM mcr.microsoft.com/dotnet/aspnet:9.0.0-noble-chiseled@sha256:fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210
        WORKDIR /app
        COPY --link bin/app/ .
        HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD ["/app/healthcheck"]
        ENTRYPOINT ["./{project}"]

        """;
}
