using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Resources;

public class DKS7004Tests : RuleTest
{
    [Test]
    public void Missing_and_unlimited_pids_limits_are_reported()
    {
        var result = Compose(("docker-compose.yml", """
            services:
              {|DKS7004:api|}:
                image: ghcr.io/example/orders-api:1.4.2
                ulimits:
                  nproc: 100
              worker:
                image: ghcr.io/example/orders-worker:1.4.2
                pids_limit: {|DKS7004:-1|}
              batch:
                image: ghcr.io/example/orders-worker:1.4.2
                deploy:
                  resources:
                    limits:
                      pids: {|DKS7004:0|}
            """)).ShouldReport();
        var messages = result.Diagnostics.Where(d => d.Id == "DKS7004").Select(d => d.Message).ToList();
        Assert.That(messages[0], Is.EqualTo("Service 'api' has no PIDs limit, so a fork bomb in it can exhaust the host's process table; set pids_limit"));
        Assert.That(messages[1], Is.EqualTo("Service 'worker' sets an unlimited PIDs limit (-1), so a fork bomb in it can exhaust the host's process table; set a positive pids_limit"));
    }

    [Test]
    public void Override_that_resets_the_limit_is_reported_at_the_base_service() => Compose(
        ("docker-compose.yml", """
            services:
              {|DKS7004:api|}:
                image: ghcr.io/example/orders-api:1.4.2
                pids_limit: 200
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                pids_limit: !reset null
            """)).ShouldReport();

    [Test]
    public void Guard_pids_limits_from_either_key_and_override() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                pids_limit: 200
              worker:
                image: ghcr.io/example/orders-worker:1.4.2
                deploy:
                  resources:
                    limits:
                      pids: 100
              later:
                image: ghcr.io/example/worker:1.0.0
            """),
        ("docker-compose.override.yml", """
            services:
              later:
                pids_limit: ${PIDS_LIMIT}
            """)).ShouldNotReport("DKS7004");
}
