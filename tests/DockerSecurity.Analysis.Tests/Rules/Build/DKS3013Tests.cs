namespace DockerSecurity.Analysis.Tests.Rules.Build;

public class DKS3013Tests : RuleTest
{
    [Test]
    public void Earlier_cmd_is_reported_at_its_keyword_naming_the_line_that_wins()
    {
        var finding = Dockerfile("""
            FROM python:3.12.8-slim
            {|DKS3013:CMD|} ["python", "migrate.py"]
            CMD ["python", "app.py"]
            """).ShouldReport().Single("DKS3013");
        Assert.That(finding.Message, Is.EqualTo("This CMD has no effect: the CMD on line 3 replaces it; remove it, or run both steps from one entrypoint script"));
    }

    [Test]
    public void Every_earlier_instruction_of_each_kind_is_reported() => Dockerfile("""
        FROM python:3.12.8-slim AS build
        {|DKS3013:ENTRYPOINT|} ["a"]
        {|DKS3013:entrypoint|} ["b"]
        ENTRYPOINT ["c"]
        FROM python:3.12.8-slim
        {|DKS3013:HEALTHCHECK|} NONE
        CMD ["python", "app.py"]
        HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
            CMD ["python", "-c", "print(1)"]
        """).ShouldReport();

    [Test]
    public void Healthcheck_message_only_says_remove()
    {
        var finding = Dockerfile("""
            FROM python:3.12.8-slim
            {|DKS3013:HEALTHCHECK|} CMD curl -f http://localhost/ || exit 1
            HEALTHCHECK CMD wget -qO- http://localhost/health || exit 1
            """).ShouldReport().Single("DKS3013");
        Assert.That(finding.Message, Is.EqualTo("This HEALTHCHECK has no effect: the HEALTHCHECK on line 3 replaces it; remove it"));
    }

    [Test]
    public void Guard_one_of_each_per_stage() => Dockerfile("""
        FROM python:3.12.8-slim AS base
        CMD ["python", "-m", "pytest"]
        HEALTHCHECK NONE
        FROM base
        ENTRYPOINT ["python"]
        CMD ["app.py"]
        HEALTHCHECK CMD ["python", "-c", "print(1)"]
        """).ShouldNotReport("DKS3013");
}
