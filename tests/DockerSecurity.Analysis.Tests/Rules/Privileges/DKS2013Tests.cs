using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

public class DKS2013Tests : RuleTest
{
    private const string ValidProfile = """
        {
          "defaultAction": "SCMP_ACT_ERRNO",
          "architectures": ["SCMP_ARCH_X86_64"],
          "syscalls": [{ "names": ["read", "write", "exit_group"], "action": "SCMP_ACT_ALLOW" }]
        }
        """;

    [Test]
    public void Missing_seccomp_file_is_reported_at_its_path()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                security_opt:
                  - no-new-privileges:true
                  - seccomp={|DKS2013:./security/seccomp.json|}
            """)).ShouldReport().Single("DKS2013");
        Assert.That(finding.Message, Is.EqualTo(
            "Service 'api' uses the seccomp profile './security/seccomp.json', which does not exist, so Compose cannot start the service; commit a valid profile at that path (relative to the project folder)"));
    }

    [Test]
    public void Profiles_that_are_not_usable_are_reported()
    {
        var result = Compose(
            ("docker-compose.yml", """
                services:
                  a:
                    image: ghcr.io/example/orders-api:1.4.2
                    security_opt: ["seccomp={|DKS2013:security/broken.json|}"]
                  b:
                    image: ghcr.io/example/orders-api:1.4.2
                    security_opt: ["seccomp:{|DKS2013:security/list.json|}"]
                  c:
                    image: ghcr.io/example/orders-api:1.4.2
                    security_opt: ["seccomp={|DKS2013:security/no-action.json|}"]
                  d:
                    image: ghcr.io/example/orders-api:1.4.2
                    security_opt: ["seccomp={|DKS2013:security|}"]
                """),
            ("security/broken.json", "{\n  \"defaultAction\": \"SCMP_ACT_ERRNO\",\n}\n"),
            ("security/list.json", "[]"),
            ("security/no-action.json", "{ \"syscalls\": [] }")).ShouldReport();
        var messages = result.Diagnostics.Where(d => d.Id == "DKS2013").OrderBy(d => d.Span.StartLine).Select(d => d.Message).ToList();
        Assert.That(messages, Has.Exactly(1).Contains("'security/broken.json', which is not valid JSON at line 3,"));
        Assert.That(messages, Has.Exactly(1).Contains("'security/list.json', which is not a JSON object,"));
        Assert.That(messages, Has.Exactly(1).Contains("'security/no-action.json', which has no 'defaultAction',"));
        Assert.That(messages, Has.Exactly(1).Contains("'security', which is a folder, not a file,"));
    }

    [Test]
    public void Path_is_read_from_the_base_files_folder() => Compose(
        ("deploy/docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                security_opt:
                  - seccomp=./security/seccomp-profile.json
              worker:
                image: ghcr.io/example/orders-worker:1.4.2
                security_opt:
                  - seccomp={|DKS2013:./security/only-at-the-root.json|}
            """),
        ("deploy/security/seccomp-profile.json", ValidProfile),
        ("security/only-at-the-root.json", ValidProfile)).ShouldReport();

    [Test]
    public void Override_entry_is_reported_in_the_override() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                security_opt: ["seccomp=./security/seccomp-profile.json"]
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                security_opt:
                  - "seccomp={|DKS2013:./security/typo.json|}"
            """),
        ("security/seccomp-profile.json", ValidProfile)).ShouldReport();

    [Test]
    public void AppArmor_file_path_is_reported_at_the_value()
    {
        var result = Compose(
            ("docker-compose.yml", """
                services:
                  api:
                    image: ghcr.io/example/orders-api:1.4.2
                    security_opt:
                      - apparmor={|DKS2013:./security/apparmor-orders-api|}
                      - apparmor:{|DKS2013:/etc/apparmor.d/orders-api|}
                      - apparmor={|DKS2013:security/apparmor-worker|}
                """),
            ("security/apparmor-worker", "profile orders-worker flags=(attach_disconnected) {}\n")).ShouldReport();
        Assert.That(result.Diagnostics.First(d => d.Id == "DKS2013").Message, Is.EqualTo(
            "Service 'api' sets 'apparmor=./security/apparmor-orders-api', a file path, but Docker expects the name of an AppArmor profile loaded on the host; load it with apparmor_parser and reference its name"));
    }

    [Test]
    public void Default_of_a_variable_is_checked_at_the_whole_entry() => Compose(("docker-compose.yml", """
        services:
          api:
            image: ghcr.io/example/orders-api:1.4.2
            security_opt:
              - {|DKS2013:"seccomp=${SECCOMP_PROFILE:-./security/missing.json}"|}
        """)).ShouldReport();

    [Test]
    public void Guard_valid_files_host_paths_names_and_special_values() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                security_opt:
                  - seccomp=./security/seccomp-profile.json
                  - seccomp:security/seccomp-profile.json
                  - seccomp=/etc/docker/seccomp/orders.json
                  - seccomp=~/profiles/orders.json
                  - seccomp=builtin
                  - seccomp=unconfined
                  - seccomp=${SECCOMP_PROFILE}
                  - apparmor=orders-api
                  - apparmor=docker-default
                  - apparmor=unconfined
            """),
        ("security/seccomp-profile.json", ValidProfile)).ShouldNotReport("DKS2013");
}
