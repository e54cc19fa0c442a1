namespace DockerSecurity.Analysis.Tests.Rules.Build;

public class DKS3005Tests : RuleTest
{
    [Test]
    public void Add_of_a_local_file_is_reported_at_the_keyword()
    {
        var finding = Dockerfile("""
            FROM python:3.12.8-slim
            WORKDIR /app
            {|DKS3005:ADD|} requirements.txt .
            """).ShouldReport().Single("DKS3005");
        Assert.That(finding.Message, Is.EqualTo("ADD copies local content ('requirements.txt'); use COPY, which never downloads URLs or unpacks archives by surprise"));
    }

    [Test]
    public void Every_stage_and_every_form_is_checked() => Dockerfile("""
        FROM python:3.12.8-slim AS build
        {|DKS3005:ADD|} --chown=app:app src/ /app/src/
        {|DKS3005:add|} ["config file.json", "settings.ini", "/app/"]
        FROM python:3.12.8-slim
        {|DKS3005:ADD|} . /app
        """).ShouldReport();

    [Test]
    public void Continuation_lines_and_heredocs() => Dockerfile("""
        FROM alpine:3.20.3
        {|DKS3005:ADD|} \
            a.txt \
            b.txt \
            /dst/
        {|DKS3005:ADD|} <<EOF /etc/motd
        hello
        EOF
        """).ShouldReport();

    [Test]
    public void Arg_default_is_substituted() => Dockerfile("""
        FROM alpine:3.20.3
        ARG CONFIG=app.conf
        {|DKS3005:ADD|} ${CONFIG} /etc/app.conf
        """).ShouldReport();

    [Test]
    public void Windows_stage_is_checked_too() => Dockerfile("""
        # escape=`
        FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
        {|DKS3005:ADD|} app.zip C:\app\
        """).ShouldReport();

    [TestCase("ADD rootfs.tar.gz /")]
    [TestCase("ADD vendor.tgz /opt/")]
    [TestCase("ADD assets.tar /srv/")]
    [TestCase("ADD data.tar.bz2 data.tar.xz /data/")]
    [TestCase("ADD DIST.TAR.GZ /dist/")]
    [TestCase("ADD https://example.com/tool.tar.gz /tmp/")]
    [TestCase("ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool /usr/bin/tool")]
    [TestCase("ADD git@github.com:moby/buildkit.git#v0.18.2 /src")]
    [TestCase("ADD https://github.com/moby/buildkit.git#v0.18.2 /src")]
    [TestCase("ADD $UNKNOWN /app/")]
    [TestCase("COPY requirements.txt .")]
    public void Guard_what_only_add_does(string instruction) => Dockerfile($"""
        FROM alpine:3.20.3
        {instruction}
        """).ShouldNotReport("DKS3005");

    [Test]
    public void Guard_archive_next_to_a_plain_file_needs_add() => Dockerfile("""
        FROM alpine:3.20.3
        ADD rootfs.tar.gz extra.txt /
        """).ShouldNotReport("DKS3005");
}
