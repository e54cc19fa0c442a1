using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

public class DKS2012Tests : RuleTest
{
    [Test]
    public void Every_spelling_is_reported_at_the_entry()
    {
        var result = Compose(("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                security_opt:
                  - no-new-privileges:true
                  - {|DKS2012:seccomp:unconfined|}
                  - {|DKS2012:seccomp=unconfined|}
                  - {|DKS2012:apparmor:unconfined|}
                  - {|DKS2012:apparmor=unconfined|}
                  - {|DKS2012:label:disable|}
                  - {|DKS2012:label=disable|}
                  - {|DKS2012:systempaths=unconfined|}
                  - {|DKS2012:label=type:spc_t|}
              worker:
                image: ghcr.io/example/orders-worker:1.4.2
                security_opt:
                  - {|DKS2012:"${SECCOMP_OPT:-seccomp=unconfined}"|}
            """)).ShouldReport();
        var messages = result.Diagnostics.Where(d => d.Id == "DKS2012").OrderBy(d => d.Span.StartLine).Select(d => d.Message).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(messages[0], Is.EqualTo("Service 'api' disables seccomp ('seccomp:unconfined'), so every system call reaches the host kernel; remove it or use a custom profile"));
            Assert.That(messages[2], Is.EqualTo("Service 'api' disables AppArmor ('apparmor:unconfined'), so its file, mount and network access is not confined; remove it or use a custom profile"));
            Assert.That(messages[4], Is.EqualTo("Service 'api' disables SELinux labelling ('label:disable'), so SELinux does not confine it; remove it"));
            Assert.That(messages[6], Is.EqualTo("Service 'api' unmasks /proc and /sys paths ('systempaths=unconfined'), exposing host kernel interfaces the engine normally hides; remove it"));
        });
    }

    [Test]
    public void Override_entry_is_reported_in_the_override() => Compose(
        ("docker-compose.yml", """
            services:
              db:
                image: mysql:8.4.3
                security_opt: [no-new-privileges:true]
            """),
        ("docker-compose.override.yml", """
            services:
              db:
                security_opt:
                  - {|DKS2012:seccomp:unconfined|}
            """)).ShouldReport();

    [Test]
    public void Guard_profiles_that_confine() => Compose(("docker-compose.yml", """
        services:
          api:
            image: ghcr.io/example/orders-api:1.4.2
            security_opt:
              - seccomp=./security/seccomp-profile.json
              - seccomp=builtin
              - apparmor=orders-api
              - apparmor=docker-default
              - label=level:s0:c100,c200
              - label=type:container_t
              - ${SECURITY_OPT}
        """)).ShouldNotReport("DKS2012");
}
