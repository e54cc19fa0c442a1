namespace DockerSecurity.Analysis.Tests.Rules.Images;

public class DKS1002Tests : RuleTest
{
    [Test]
    public void Minor_version_tag_floats()
    {
        var finding = Dockerfile("""
            FROM {|DKS1002:python:3.11-slim|}
            """).ShouldReport().Single("DKS1002");
        Assert.That(finding.Message, Is.EqualTo("'python:3.11-slim' floats: tag '3.11-slim' is not a full version, so a rebuild can pull a different image: pin the full version (major.minor.patch)"));
    }

    [Test]
    public void Named_and_major_tags_float() => Dockerfile("""
        FROM {|DKS1002:node:lts|} AS web
        FROM {|DKS1002:alpine:3|} AS tools
        FROM {|DKS1002:mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled|}
        """).ShouldReport();

    [Test]
    public void Reported_on_the_image_of_a_continued_from() => Dockerfile("""
        FROM \
          --platform=linux/amd64 \
          {|DKS1002:redis:7.4|}
        """).ShouldReport();

    [Test]
    public void Guard_full_versions_and_dates() => Dockerfile("""
        FROM python:3.11.7-slim AS a
        FROM mcr.microsoft.com/dotnet/aspnet:8.0.11-noble-chiseled AS b
        FROM debian:bookworm-20241202-slim AS c
        FROM postgres:16.6-alpine
        """).ShouldNotReport("DKS1002");

    [Test]
    public void Guard_latest_is_dks1001_only() => Dockerfile("""
        FROM python:latest
        """).ShouldNotReport("DKS1002");

    [Test]
    public void Guard_digest_pins_a_floating_tag() => Dockerfile("""
        FROM python:3.11-slim@sha256:2f2e1e8c8f5c9b1a0d3b6c7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8
        """).ShouldNotReport("DKS1002");
}

public class DKS1002MessageTests : RuleTest
{
    [Test]
    public void Channel_name_is_called_a_channel() => Assert.That(
        Dockerfile("FROM {|DKS1002:node:lts|}").ShouldReport().Single("DKS1002").Message,
        Is.EqualTo("'node:lts' floats: tag 'lts' names a release channel, not a version, so a rebuild can pull a different image: pin the full version (major.minor.patch)"));
}
