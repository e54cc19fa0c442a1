using System;
using System.Linq;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Text;
using static DockerSecurity.Analysis.Tests.Compose.DiagnosticFormat;

namespace DockerSecurity.Analysis.Tests.Compose;

public class ComposeServiceModelTests
{
    private static ComposeService Service(string body, out ComposeLoadResult result)
    {
        result = ComposeTestFiles.LoadText("services:\n  web:\n" + body, out var files);
        using (files)
        {
            return result.Project.Services["web"];
        }
    }

    [TestCase("\"80\"", null, null, 80, 80, "tcp")]
    [TestCase("80", null, null, 80, 80, "tcp")]
    [TestCase("\"8080:80\"", null, "8080", 80, 80, "tcp")]
    [TestCase("\"127.0.0.1:8080:80\"", "127.0.0.1", "8080", 80, 80, "tcp")]
    [TestCase("\"127.0.0.1::80\"", "127.0.0.1", null, 80, 80, "tcp")]
    [TestCase("\"[::1]:8080:80\"", "::1", "8080", 80, 80, "tcp")]
    [TestCase("\"::1:8080:80\"", "::1", "8080", 80, 80, "tcp")]
    [TestCase("\"8000-8010:8000-8010\"", null, "8000-8010", 8000, 8010, "tcp")]
    [TestCase("\"9000-9010:80\"", null, "9000-9010", 80, 80, "tcp")]
    [TestCase("\"53:53/udp\"", null, "53", 53, 53, "udp")]
    [TestCase("\"0.0.0.0:22:22/TCP\"", "0.0.0.0", "22", 22, 22, "tcp")]
    public void Short_port_syntax(string written, string? hostIp, string? published, int targetStart, int targetEnd, string protocol)
    {
        var port = Service($"    image: a\n    ports:\n      - {written}\n", out var result).Ports.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(port.HostIp, Is.EqualTo(hostIp));
            Assert.That(port.Published, Is.EqualTo(published));
            Assert.That(port.TargetStart, Is.EqualTo(targetStart));
            Assert.That(port.TargetEnd, Is.EqualTo(targetEnd));
            Assert.That(port.Protocol, Is.EqualTo(protocol));
            Assert.That(port.Origin.Span, Is.EqualTo(new SourceSpan(5, 9, 5, 9 + written.Length)));
        });
    }

    [TestCase("\"80:\"", "'' is not a container port or range (1-65535)")]
    [TestCase("\"abc:80\"", "'abc' is not a host port or range (0-65535)")]
    [TestCase("\"999.1.1.1:80:80\"", "'999.1.1.1' is not an IP address")]
    [TestCase("\"8080:80/icmp\"", "'icmp' is not a protocol (tcp, udp or sctp)")]
    [TestCase("\"8000-8002:80-81\"", "the host range '8000-8002' and the container range '80-81' differ in size")]
    [TestCase("\"70000\"", "'70000' is not a container port or range (1-65535)")]
    public void Bad_short_port_is_DKS0003_and_the_others_still_load(string written, string reason)
    {
        var web = Service($"    image: a\n    ports:\n      - {written}\n      - \"443:443\"\n", out var result);
        Assert.Multiple(() =>
        {
            Assert.That(Show(result.Diagnostics), Is.EqualTo(new[]
            {
                $"DKS0003 (5,9)-(5,{9 + written.Length}) Port '{written.Trim('"')}' of service 'web' is not valid: {reason}.",
            }));
            Assert.That(web.Ports.Single().Target, Is.EqualTo("443"));
        });
    }

    [Test]
    public void Long_port_syntax()
    {
        var port = Service("    image: a\n    ports:\n      - target: 80\n        published: \"8080\"\n        host_ip: 127.0.0.1\n        protocol: udp\n        mode: host\n", out var result).Ports.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(port.IsLongSyntax, Is.True);
            Assert.That(port.ToString(), Is.EqualTo("127.0.0.1:8080:80/udp"));
            Assert.That(port.Mode, Is.EqualTo("host"));
            Assert.That(port.BindsAllInterfaces, Is.False);
        });
    }

    [Test]
    public void Port_whose_text_depends_on_a_variable_without_default_is_not_judged()
    {
        var web = Service("    image: a\n    ports: [\"${HOST_PORT}:80\", \"${P:-8080}:80\", \"${BAD}x:80\"]\n", out var result);
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(web.Ports.Select(p => p.Published), Is.EqualTo(new[] { null, "8080" }), "unset HOST_PORT leaves ':80' (a random host port), as Compose reads it");
            Assert.That(((ComposeScalar)web.Ports[0].Node).HasVariables, Is.True);
        });
    }

    [TestCase("data:/var/lib/data", "volume", "data", "/var/lib/data", false, null)]
    [TestCase("/var/lib/data", "volume", null, "/var/lib/data", false, null)]
    [TestCase("./conf:/etc/app:ro", "bind", "./conf", "/etc/app", true, null)]
    [TestCase("/var/run/docker.sock:/var/run/docker.sock", "bind", "/var/run/docker.sock", "/var/run/docker.sock", false, null)]
    [TestCase("~/cache:/cache:rw,rshared", "bind", "~/cache", "/cache", false, "rshared")]
    [TestCase("C:\\data:/data:ro,z", "bind", "C:\\data", "/data", true, null)]
    [TestCase("logs:/logs:nocopy", "volume", "logs", "/logs", false, null)]
    public void Short_volume_syntax(string written, string type, string? source, string target, bool readOnly, string? propagation)
    {
        var mount = Service($"    image: a\n    volumes:\n      - '{written}'\n", out var result).Volumes.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(mount.Type, Is.EqualTo(type));
            Assert.That(mount.Source, Is.EqualTo(source));
            Assert.That(mount.Target, Is.EqualTo(target));
            Assert.That(mount.ReadOnly, Is.EqualTo(readOnly));
            Assert.That(mount.Propagation, Is.EqualTo(propagation));
        });
    }

    [TestCase("a::b", "it has an empty part between colons")]
    [TestCase("vol:/b:ro:x", "it has too many colons")]
    public void Bad_short_volume_is_DKS0003(string written, string reason)
    {
        Service($"    image: a\n    volumes:\n      - {written}\n", out var result);
        Assert.That(Show(result.Diagnostics), Is.EqualTo(new[]
        {
            $"DKS0003 (5,9)-(5,{9 + written.Length}) Volume '{written}' of service 'web' is not valid: {reason}.",
        }));
    }

    [Test]
    public void Long_volume_syntax_with_bind_propagation_and_tmpfs()
    {
        var volumes = Service("    image: a\n    volumes:\n      - type: bind\n        source: /\n        target: /host\n        read_only: true\n        bind:\n          propagation: rshared\n      - type: tmpfs\n        target: /tmp\n        tmpfs:\n          size: 64m\n", out var result).Volumes;
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(volumes[0].IsBind, Is.True);
            Assert.That(volumes[0].HostPath, Is.EqualTo(System.IO.Path.GetFullPath("/")));
            Assert.That(volumes[0].ReadOnly, Is.True);
            Assert.That(volumes[0].Propagation, Is.EqualTo("rshared"));
            Assert.That(volumes[1].Type, Is.EqualTo("tmpfs"));
            Assert.That(volumes[1].TmpfsSize, Is.EqualTo("64m"));
        });
    }

    [Test]
    public void Tmpfs_as_string_or_list_with_options()
    {
        var single = Service("    image: a\n    tmpfs: /run\n", out _).Tmpfs.Single();
        var list = Service("    image: a\n    tmpfs:\n      - /tmp:noexec,nosuid,size=64m\n", out var result).Tmpfs.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(single.Target, Is.EqualTo("/run"));
            Assert.That(single.Options, Is.Empty);
            Assert.That(list.Target, Is.EqualTo("/tmp"));
            Assert.That(list.Options, Is.EqualTo(new[] { "noexec", "nosuid", "size=64m" }));
            Assert.That(list.HasOption("noexec") && list.HasOption("nosuid"), Is.True);
            Assert.That(list.Origin.Span, Is.EqualTo(new SourceSpan(5, 9, 5, 36)));
        });
    }

    [Test]
    public void Secrets_short_and_long()
    {
        var secrets = Service("    image: a\n    secrets:\n      - db\n      - source: api\n        target: key\n        mode: 0400\n", out var result).Secrets;
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(secrets.Select(s => (s.Source, s.Target)), Is.EqualTo(new[] { ("db", "/run/secrets/db"), ("api", "/run/secrets/key") }));
            Assert.That(secrets[1].Mode!.Value, Is.EqualTo("0400"));
        });
    }

    [Test]
    public void Healthcheck_string_list_disable_and_durations()
    {
        var shell = Service("    image: a\n    healthcheck:\n      test: curl -f http://localhost\n      interval: 1m30s\n      timeout: 500ms\n      retries: 3\n      start_period: 1.5h\n", out var result).Healthcheck!;
        var none = Service("    image: a\n    healthcheck:\n      test: [\"NONE\"]\n", out _).Healthcheck!;
        var disabled = Service("    image: a\n    healthcheck:\n      disable: true\n", out _).Healthcheck!;
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(shell.IsShellForm, Is.True);
            Assert.That(shell.Test.Single().Value, Is.EqualTo("curl -f http://localhost"));
            Assert.That(shell.Interval!.Value, Is.EqualTo(TimeSpan.FromSeconds(90)));
            Assert.That(shell.Timeout!.Value, Is.EqualTo(TimeSpan.FromMilliseconds(500)));
            Assert.That(shell.StartPeriod!.Value, Is.EqualTo(TimeSpan.FromMinutes(90)));
            Assert.That(shell.Retries!.Value, Is.EqualTo(3));
            Assert.That(shell.IsDisabled, Is.False);
            Assert.That(none.IsDisabled, Is.True);
            Assert.That(disabled.IsDisabled, Is.True);
        });
    }

    [Test]
    public void Bad_duration_is_DKS0003_at_the_value()
    {
        Service("    image: a\n    healthcheck:\n      interval: 30 seconds\n", out var result);
        Assert.That(Show(result.Diagnostics), Is.EqualTo(new[]
        {
            "DKS0003 (5,17)-(5,27) 'interval' of the healthcheck of service 'web' must be a duration like 30s or 1m30s, not '30 seconds'.",
        }));
    }

    [Test]
    public void Deploy_resources_and_legacy_limits()
    {
        var deployed = Service("    image: a\n    deploy:\n      resources:\n        limits:\n          cpus: '0.50'\n          memory: 512M\n          pids: 100\n        reservations:\n          memory: 1g\n      restart_policy:\n        condition: on-failure\n", out var result);
        var legacy = Service("    image: a\n    mem_limit: 256m\n    mem_reservation: 128m\n    cpus: 1.5\n    pids_limit: 50\n", out var legacyResult);
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(legacyResult.Diagnostics, Is.Empty);
            Assert.That(deployed.EffectiveCpuLimit!.Value, Is.EqualTo(0.5));
            Assert.That(deployed.EffectiveMemoryLimit!.Value, Is.EqualTo(512L * 1024 * 1024));
            Assert.That(deployed.EffectiveMemoryLimit!.Origin.Span, Is.EqualTo(new SourceSpan(8, 19, 8, 23)));
            Assert.That(deployed.EffectivePidsLimit!.Value, Is.EqualTo(100));
            Assert.That(deployed.Deploy!.Resources!.Reservations!.Memory!.Value, Is.EqualTo(1024L * 1024 * 1024));
            Assert.That(deployed.Deploy!.RestartPolicyCondition!.Value, Is.EqualTo("on-failure"));
            Assert.That(legacy.EffectiveMemoryLimit!.Value, Is.EqualTo(256L * 1024 * 1024));
            Assert.That(legacy.MemReservation!.Value, Is.EqualTo(128L * 1024 * 1024));
            Assert.That(legacy.EffectiveCpuLimit!.Value, Is.EqualTo(1.5));
            Assert.That(legacy.EffectivePidsLimit!.Value, Is.EqualTo(50));
        });
    }

    [Test]
    public void Isolation_and_privilege_attributes()
    {
        var web = Service("    image: a\n    user: \"0\"\n    privileged: true\n    read_only: false\n    network_mode: host\n    pid: host\n    ipc: host\n    uts: host\n    userns_mode: host\n    cgroup: host\n    cgroup_parent: m-executor\n    devices: [\"/dev/ttyUSB0:/dev/ttyUSB0:rwm\"]\n    restart: unless-stopped\n    expose: [\"3000\"]\n    ulimits:\n      nproc: 65535\n      nofile:\n        soft: 20000\n        hard: 40000\n", out var result);
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(web.User!.Value, Is.EqualTo("0"));
            Assert.That(web.Privileged!.Value, Is.True);
            Assert.That(web.Privileged!.Origin.Span, Is.EqualTo(new SourceSpan(5, 17, 5, 21)));
            Assert.That(web.ReadOnly!.Value, Is.False);
            Assert.That(new[] { web.NetworkMode, web.Pid, web.Ipc, web.Uts, web.UsernsMode, web.Cgroup }.Select(s => s!.Value), Is.All.EqualTo("host"));
            Assert.That(web.CgroupParent!.Value, Is.EqualTo("m-executor"));
            Assert.That(web.Devices.Single().ToString(), Is.EqualTo("/dev/ttyUSB0:/dev/ttyUSB0"));
            Assert.That(web.Devices.Single().Permissions, Is.EqualTo("rwm"));
            Assert.That(web.Restart!.Value, Is.EqualTo("unless-stopped"));
            Assert.That(web.Expose.Single().Value, Is.EqualTo("3000"));
            Assert.That(web.Ulimits.Select(u => (u.Name, u.Soft, u.Hard)), Is.EqualTo(new (string, long?, long?)[] { ("nproc", 65535, 65535), ("nofile", 20000, 40000) }));
            Assert.That(web.Networks, Is.Null);
        });
    }

    [Test]
    public void Build_string_and_mapping_resolve_the_dockerfile()
    {
        using var files = new ComposeTestFiles();
        files.Write("compose.yaml", "services:\n  a:\n    build: ./svc\n  b:\n    build:\n      context: ./svc\n      dockerfile: docker/Dockerfile.prod\n      args:\n        VERSION: 1\n  c:\n    build:\n      dockerfile_inline: |\n        FROM alpine:3.21\n  d:\n    build: https://github.com/x/y.git#main\n");
        var services = files.Load("compose.yaml").Project.Services;
        Assert.Multiple(() =>
        {
            Assert.That(services["a"].Build!.DockerfilePath, Is.EqualTo(files.PathOf("svc/Dockerfile")));
            Assert.That(services["b"].Build!.DockerfilePath, Is.EqualTo(files.PathOf("svc/docker/Dockerfile.prod")));
            Assert.That(services["b"].Build!.Args.Single().ToString(), Is.EqualTo("VERSION=1"));
            Assert.That(services["c"].Build!.ContextPath, Is.EqualTo(files.Directory));
            Assert.That(services["c"].Build!.DockerfilePath, Is.Null);
            Assert.That(services["c"].Build!.DockerfileInline!.Value, Is.EqualTo("FROM alpine:3.21\n"));
            Assert.That(services["d"].Build!.IsRemoteContext, Is.True);
            Assert.That(services["d"].Build!.DockerfilePath, Is.Null);
        });
    }

    [Test]
    public void Wrong_types_and_unknown_keys_are_DKS0003_and_the_rest_loads()
    {
        var web = Service("    image: a\n    privileged: maybe\n    cap_add: SYS_ADMIN\n    user: [root]\n    colour: blue\n    read_only: true\n", out var result);
        Assert.Multiple(() =>
        {
            Assert.That(Show(result.Diagnostics), Is.EqualTo(new[]
            {
                "DKS0003 (4,17)-(4,22) 'privileged' of service 'web' must be true or false, not 'maybe'.",
                "DKS0003 (5,14)-(5,23) 'cap_add' of service 'web' must be a list, not a scalar.",
                "DKS0003 (6,11)-(6,17) 'user' of service 'web' must be a string, not a list.",
                "DKS0003 (7,5)-(7,11) 'colour' is not a service attribute Compose knows (service 'web').",
            }));
            Assert.That(web.ReadOnly!.Value, Is.True);
            Assert.That(web.Image!.Value, Is.EqualTo("a"));
        });
    }

    [Test]
    public void Top_level_version_secrets_networks_volumes()
    {
        var result = ComposeTestFiles.LoadText("version: \"3.8\"\nservices:\n  web:\n    image: a\n    networks: [back]\nnetworks:\n  back:\n    internal: true\nsecrets:\n  db:\n    file: ./secrets/db.txt\n  token:\n    environment: TOKEN\nvolumes:\n  data:\n", out var files);
        using (files)
        {
            var project = result.Project;
            Assert.Multiple(() =>
            {
                Assert.That(result.Diagnostics, Is.Empty);
                Assert.That(project.Version!.Value, Is.EqualTo("3.8"));
                Assert.That(project.Version!.Span, Is.EqualTo(new SourceSpan(1, 10, 1, 15)));
                Assert.That(project.Networks["back"].Internal!.Value, Is.True);
                Assert.That(project.Secrets["db"].FilePath, Is.EqualTo(files.PathOf("secrets/db.txt")));
                Assert.That(project.Secrets["token"].Environment!.Value, Is.EqualTo("TOKEN"));
                Assert.That(project.Volumes.Keys, Is.EqualTo(new[] { "data" }));
                Assert.That(project.Services["web"].Networks!.Single().Name, Is.EqualTo("back"));
            });
        }
    }
}
