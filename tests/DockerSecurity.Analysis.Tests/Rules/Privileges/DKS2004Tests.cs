namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

public class DKS2004Tests : RuleTest
{
    [Test]
    public void World_writable_chmod_is_reported_on_the_mode()
    {
        var finding = Dockerfile("""
            FROM python:3.12.8-slim
            RUN mkdir -p /app/uploads && chmod -R {|DKS2004:777|} /app/uploads
            """).ShouldReport().Single("DKS2004");
        Assert.That(finding.Message, Is.EqualTo(
            "'chmod 777' makes the files writable by every user in the container; give the files to the user that needs them (chown) and use a mode such as 755 or 750"));
    }

    [TestCase("4755", "'chmod 4755' sets the setuid bit, so the file runs with its owner's privileges whoever starts it; drop the bit (use a mode such as 755)")]
    [TestCase("g+s", "'chmod g+s' sets the setgid bit, so the file runs with its group's privileges whoever starts it; drop the bit (use a mode such as 755)")]
    [TestCase("+s", "'chmod +s' sets the setuid and setgid bits, so the file runs with its owner's and group's privileges whoever starts it; drop the bit (use a mode such as 755)")]
    [TestCase("6777", "'chmod 6777' sets the setuid and setgid bits, so the file runs with its owner's and group's privileges whoever starts it and makes the files writable by every user in the container; give the files to the user that needs them (chown) and use a mode such as 755 or 750")]
    public void Message_names_each_bit(string mode, string message) =>
        Assert.That(Dockerfile($"FROM debian:12.8-slim\nRUN chmod {mode} /usr/local/bin/tool\n").Single("DKS2004").Message, Is.EqualTo(message));

    [TestCase("777")]
    [TestCase("0777")]
    [TestCase("666")]
    [TestCase("0757")]
    [TestCase("4755")]
    [TestCase("2755")]
    [TestCase("6755")]
    [TestCase("o+w")]
    [TestCase("a+w")]
    [TestCase("a=rwx")]
    [TestCase("ugo+rwx")]
    [TestCase("go+w")]
    [TestCase("u+s")]
    [TestCase("g+s")]
    [TestCase("+s")]
    [TestCase("u=rwxs,g=rx,o=rx")]
    [TestCase("u+rwx,o+rw")]
    public void Risky_modes(string mode) => Dockerfile($$"""
        FROM debian:12.8-slim
        RUN chmod {|DKS2004:{{mode}}|} /data
        """).ShouldReport();

    [TestCase("755")]
    [TestCase("0644")]
    [TestCase("750")]
    [TestCase("775")]
    [TestCase("1777")]
    [TestCase("01777")]
    [TestCase("a+rwxt")]
    [TestCase("u+x")]
    [TestCase("+x")]
    [TestCase("+w")]
    [TestCase("=rwx")]
    [TestCase("g=u")]
    [TestCase("o-w")]
    [TestCase("u-s")]
    [TestCase("a-s")]
    [TestCase("-w")]
    [TestCase("o+s")]
    [TestCase("+t")]
    [TestCase("$MODE")]
    [TestCase("77777")]
    [TestCase("u+z")]
    public void Guard_safe_or_unknown_modes(string mode) => Dockerfile($"""
        FROM debian:12.8-slim
        RUN chmod {mode} /data
        """).ShouldNotReport("DKS2004");

    [Test]
    public void Options_before_the_mode_are_skipped() => Dockerfile("""
        FROM debian:12.8-slim
        RUN chmod -Rf {|DKS2004:o+w|} /data && chmod --recursive -v {|DKS2004:666|} /data && chmod -- {|DKS2004:777|} /x
        RUN chmod --reference=/etc/passwd /data
        """).ShouldReport();

    [Test]
    public void Install_and_mkdir_modes_are_reported_on_the_value() => Dockerfile("""
        FROM debian:12.8-slim
        RUN install -d -m {|DKS2004:0777|} /data \
         && install -Dm{|DKS2004:4755|} bin/tool /usr/local/bin/tool \
         && install --mode={|DKS2004:a+w|} a.conf /etc/a.conf \
         && mkdir -p -m {|DKS2004:777|} /cache \
         && install -m 0755 bin/ok /usr/local/bin/ok
        """).ShouldReport();

    [Test]
    public void Copy_and_add_chmod_flags_are_reported_on_the_value() => Dockerfile("""
        # syntax=docker/dockerfile:1
        FROM debian:12.8-slim
        COPY --chmod={|DKS2004:4755|} bin/backup-tool /usr/local/bin/backup-tool
        ADD --chown=app:app --chmod={|DKS2004:777|} data/ /data/
        COPY --chmod=755 bin/ok /usr/local/bin/ok
        COPY --chmod=1777 tmp/ /scratch/
        """).ShouldReport();

    [Test]
    public void Chmod_on_continuation_lines_and_in_inline_scripts() => Dockerfile("""
        FROM debian:12.8-slim
        RUN set -eux; \
            mkdir -p /var/log/app; \
            chmod \
              {|DKS2004:a+rw|} \
              /var/log/app
        RUN sh -c 'chmod {|DKS2004:777|} /data'
        RUN find /data -type d -print0 | xargs -0 chmod {|DKS2004:777|}
        RUN <<EOF
        chmod {|DKS2004:u+s|} /usr/local/bin/helper
        EOF
        RUN if [ -d /srv ]; then sudo chmod {|DKS2004:0666|} /srv/socket; fi
        """).ShouldReport();

    [Test]
    public void Guard_text_sticky_dirs_and_hardened_setup() => Dockerfile("""
        FROM python:3.12.8-slim
        RUN groupadd -r appuser && useradd -r -g appuser appuser
        RUN mkdir -p /app/uploads /app/logs \
            && chown -R appuser:appuser /app/uploads /app/logs \
            && chmod -R 750 /app/uploads /app/logs \
            && chmod 1777 /tmp/shared \
            && chmod +x /usr/local/bin/entrypoint.sh
        RUN echo "chmod 777 is bad" && find / -perm /6000 -type f -exec chmod a-s {} + || true
        COPY --chmod=0644 app.conf /etc/app.conf
        """).ShouldNotReport("DKS2004");
}
