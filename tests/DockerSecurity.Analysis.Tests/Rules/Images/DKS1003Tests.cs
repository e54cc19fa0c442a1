namespace DockerSecurity.Analysis.Tests.Rules.Images;

public class DKS1003Tests : RuleTest
{
    [Test]
    public void Tag_without_digest_is_reported()
    {
        var finding = Dockerfile("""
            FROM {|DKS1003:python:3.11.7-slim|} AS build
            FROM build
            """).ShouldReport().Single("DKS1003");
        Assert.That(finding.Message, Is.EqualTo("'python:3.11.7-slim' is not pinned by digest: add @sha256:<digest> so the image cannot change under its tag"));
    }

    [Test]
    public void Guard_tags_that_dks1001_or_dks1002_report_first() => Dockerfile("""
        FROM python:3.11-slim AS a
        FROM python
        """).ShouldNotReport("DKS1003");

    [Test]
    public void Guard_digest_scratch_and_stages() => Dockerfile("""
        FROM python:3.11.7-slim@sha256:2f2e1e8c8f5c9b1a0d3b6c7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8 AS build
        FROM scratch AS empty
        FROM build
        """).ShouldNotReport("DKS1003");
}
