using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

/// <summary>Odd shapes and values reach the privilege rules without an internal error (DKS0000).</summary>
public class PrivilegeRulesRobustnessTests : RuleTest
{
    [Test]
    public void Odd_values_do_not_crash_a_rule()
    {
        var result = Compose(
            ("docker-compose.yml", """
                services:
                  empty:
                  odd:
                    image: alpine:3.21.0
                    user: [root]
                    privileged: maybe
                    read_only: {a: b}
                    security_opt: ["", ":", "=", "seccomp=", "seccomp:", "apparmor=", "label", "no-new-privileges:", "seccomp=\0", "seccomp=../../../../../../etc/passwd", ~, {a: b}]
                    cap_add: ["", "CAP_", ~, [x], "${A:-${B:-SYS_ADMIN}}"]
                    cap_drop: [~, "", "${"]
                    tmpfs: [":", ":noexec", "/x:", "/y:,,,", ~]
                    volumes: [":", "a:b:c:d", "/:", "${X:-/etc}:", {type: bind}, {type: bind, target: /t, source: ~}, {type: bind, target: /t2, bind: yes}]
                    devices: [":", "::", {source: ~}, {target: /x}]
                    network_mode: [host]
                    pid: ~
                    cgroup_parent: {a: b}
                    use_api_socket: "${SOCK:?required}"
                    build:
                      context: ./missing
                      target: nothing
                  built:
                    build:
                      context: .
                      dockerfile: Dockerfile
                      target: "0"
                """),
            ("Dockerfile", "FROM\nUSER\n"));
        Assert.That(result.Diagnostics.Where(d => d.Id == "DKS0000").Select(d => d.Message), Is.Empty);
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain("DKS2010"), "the file was analysed");
    }
}
