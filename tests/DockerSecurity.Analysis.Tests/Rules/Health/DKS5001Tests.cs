namespace DockerSecurity.Analysis.Tests.Rules.Health;

public class DKS5001Tests : RuleTest
{
    [Test]
    public void Final_stage_without_healthcheck_is_reported_on_its_from()
    {
        var finding = Dockerfile("""
            FROM python:3.11.7-slim AS build
            HEALTHCHECK CMD true
            FROM {|DKS5001:python:3.11.7-slim|} AS final
            USER app
            """).ShouldReport().Single("DKS5001");
        Assert.That(finding.Message, Does.StartWith("The final stage has no HEALTHCHECK"));
    }

    [Test]
    public void Guard_healthcheck_in_final_stage() => Dockerfile("""
        FROM python:3.11.7-slim
        HEALTHCHECK --interval=30s --timeout=10s --retries=3 \
          CMD curl -f http://localhost:8080/health || exit 1
        """).ShouldNotReport("DKS5001");

    [Test]
    public void Guard_healthcheck_inherited_from_a_stage() => Dockerfile("""
        FROM python:3.11.7-slim AS base
        HEALTHCHECK CMD ["/app/healthcheck"]
        FROM base
        """).ShouldNotReport("DKS5001");
}
