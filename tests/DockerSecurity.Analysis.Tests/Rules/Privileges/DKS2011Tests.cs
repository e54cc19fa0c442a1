using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

public class DKS2011Tests : RuleTest
{
    [Test]
    public void Entries_without_noexec_and_nosuid_or_with_exec_are_reported_at_the_entry()
    {
        var result = Compose(("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                read_only: true
                tmpfs:
                  - {|DKS2011:/tmp|}
                  - {|DKS2011:/app/cache:rw,exec,size=50m|}
                  - {|DKS2011:/run:noexec,size=8m|}
                  - {|DKS2011:/var/tmp:noexec,nosuid,suid|}
                  - {|DKS2011:"/work:ro,noexec,nosuid,exec,suid"|}
            """)).ShouldReport();
        var messages = result.Diagnostics.Where(d => d.Id == "DKS2011").OrderBy(d => d.Span.StartLine).Select(d => d.Message).ToList();
        Assert.That(messages, Is.EqualTo(new[]
        {
            "Service 'api' mounts tmpfs '/tmp' without stating 'noexec' and 'nosuid'; write them out so the protection does not rest on engine defaults ('/tmp:rw,noexec,nosuid')",
            "Service 'api' mounts tmpfs '/app/cache' 'exec', so files written there can be executed; use '/app/cache:rw,noexec,nosuid,size=50m'",
            "Service 'api' mounts tmpfs '/run' without stating 'nosuid'; write them out so the protection does not rest on engine defaults ('/run:rw,noexec,nosuid,size=8m')",
            "Service 'api' mounts tmpfs '/var/tmp' 'suid', so setuid files written there take effect; use '/var/tmp:rw,noexec,nosuid'",
            "Service 'api' mounts tmpfs '/work' 'exec' and 'suid', so files written there can be executed and setuid files take effect; use '/work:ro,noexec,nosuid'",
        }));
    }

    [Test]
    public void Single_string_form_is_read() => Compose(("docker-compose.yml", """
        services:
          api:
            image: ghcr.io/example/orders-api:1.4.2
            tmpfs: {|DKS2011:/tmp:size=64m|}
        """)).ShouldReport();

    [Test]
    public void Override_entry_is_reported_in_the_override() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                tmpfs:
                  - /tmp:rw,noexec,nosuid,size=64m
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                tmpfs:
                  - {|DKS2011:/app/debug:exec|}
            """)).ShouldReport();

    [Test]
    public void Guard_explicit_options_long_syntax_and_unknown_entries() => Compose(("docker-compose.yml", """
        services:
          api:
            image: ghcr.io/example/orders-api:1.4.2
            tmpfs:
              - /tmp:rw,noexec,nosuid,size=100m
              - /app/cache:nosuid,noexec
              - /app/x:exec,noexec,suid,nosuid
              - ${SCRATCH_DIR}:rw
            volumes:
              - type: tmpfs
                target: /app/logs
                tmpfs:
                  size: 104857600
        """)).ShouldNotReport("DKS2011");
}
