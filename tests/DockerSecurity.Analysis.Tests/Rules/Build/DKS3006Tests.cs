using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Build;

public class DKS3006Tests : RuleTest
{
    [Test]
    public void Download_without_checksum_is_reported_at_the_url()
    {
        var finding = Dockerfile("""
            FROM alpine:3.20.3
            ADD {|DKS3006:https://github.com/krallin/tini/releases/download/v0.19.0/tini-amd64|} /tini
            """).ShouldReport().Single("DKS3006");
        Assert.That(finding.Message, Is.EqualTo("ADD downloads 'https://github.com/krallin/tini/releases/download/v0.19.0/tini-amd64' without --checksum, so whatever the server returns ends up in the image; add --checksum=sha256:<hash> of the expected file"));
    }

    [Test]
    public void Every_url_of_every_stage_is_checked() => Dockerfile("""
        FROM alpine:3.20.3 AS build
        ADD {|DKS3006:http://example.com/a.tar.gz|} \
            {|DKS3006:https://example.com/b.zip|} \
            /downloads/
        FROM alpine:3.20.3
        ARG TOOL_URL=https://example.com/tool
        ADD --chmod=755 {|DKS3006:${TOOL_URL}|} /usr/local/bin/tool
        """).ShouldReport();

    [Test]
    public void Credentials_in_the_url_are_redacted()
    {
        var finding = Dockerfile("""
            FROM alpine:3.20.3
            ADD {|DKS3006:https://deploy:s3cr3t-t0ken-value@artifacts.example.com/app.jar|} /app.jar
            """).ShouldReport().Single("DKS3006");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Message, Does.Contain("'https://deploy:s3*****@artifacts.example.com/app.jar'"));
            Assert.That(finding.Message, Does.Not.Contain("t0ken"));
            Assert.That(finding.Evidence, Does.Not.Contain("t0ken"));
        });
    }

    [Test]
    public void Query_values_such_as_sas_signatures_are_redacted()
    {
        var finding = Dockerfile("""
            FROM alpine:3.20.3
            ADD {|DKS3006:https://contoso.blob.core.windows.net/drops/app.tgz?sv=2022-11-02&sig=Zm9vYmFyYmF6cXV4|} /tmp/
            """).ShouldReport().Single("DKS3006");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Message, Does.Contain("'https://contoso.blob.core.windows.net/drops/app.tgz?sv=20*****&sig=Zm*****'"));
            Assert.That(finding.Message + finding.Evidence, Does.Not.Contain("YmFy"));
        });
    }

    [Test]
    public void Git_source_at_a_tag_or_branch_is_reported()
    {
        var finding = Dockerfile("""
            FROM alpine:3.20.3
            ADD {|DKS3006:https://github.com/moby/buildkit.git#v0.18.2|} /src/buildkit
            ADD --keep-git-dir=true {|DKS3006:git@github.com:moby/moby.git|} /src/moby
            """).ShouldReport().Diagnostics.First(d => d.Id == "DKS3006");
        Assert.That(finding.Message, Is.EqualTo("ADD fetches the Git repository 'https://github.com/moby/buildkit.git#v0.18.2' at 'v0.18.2', which can move to other commits; pin a commit (#<commit sha>) or add --checksum=<commit sha>"));
    }

    [TestCase("ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool /usr/bin/tool")]
    [TestCase("ADD https://github.com/moby/buildkit.git#5ae9b23c40a9380e2bd1ac0ae2cc4b8bd1d2cef1 /src")]
    [TestCase("ADD https://github.com/moby/buildkit.git#5ae9b23c40a9380e2bd1ac0ae2cc4b8bd1d2cef1:frontend /src")]
    [TestCase("ADD git@github.com:moby/buildkit.git#5ae9b23c40a9380e2bd1ac0ae2cc4b8bd1d2cef1 /src")]
    [TestCase("ADD --checksum=5ae9b23c40a9380e2bd1ac0ae2cc4b8bd1d2cef1 https://github.com/moby/buildkit.git#v0.18.2 /src")]
    [TestCase("ADD https://github.com/moby/buildkit.git?ref=v0.18.2&checksum=5ae9b23c40a9380e2bd1ac0ae2cc4b8bd1d2cef1 /src")]
    [TestCase("ADD app.tar.gz /app/")]
    [TestCase("ADD $DOWNLOAD_URL /tmp/")]
    [TestCase("COPY --from=build /app /app")]
    public void Guard_pinned_and_local_sources(string instruction) => Dockerfile($"""
        FROM alpine:3.20.3
        {instruction}
        """).ShouldNotReport("DKS3006");
}
