using System.IO;
using System.Linq;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Text;
using static DockerSecurity.Analysis.Tests.Compose.DiagnosticFormat;

namespace DockerSecurity.Analysis.Tests.Compose;

public class ComposeMergeTests
{
    private static ComposeLoadResult Merge(string @base, string @override, out ComposeTestFiles files)
    {
        files = new ComposeTestFiles();
        files.Write("compose.yaml", @base);
        files.Write("compose.override.yaml", @override);
        return files.Load("compose.yaml", "compose.override.yaml");
    }

    [Test]
    public void Scalars_are_replaced_and_keep_the_origin_of_the_file_that_supplied_them()
    {
        var result = Merge(
            "services:\n  web:\n    image: nginx:1.26\n    user: app\n",
            "services:\n  web:\n    image: nginx:1.27\n",
            out var files);
        using (files)
        {
            var web = result.Project.Services["web"];
            Assert.Multiple(() =>
            {
                Assert.That(result.Diagnostics, Is.Empty);
                Assert.That(web.Image!.Value, Is.EqualTo("nginx:1.27"));
                Assert.That(web.Image!.Origin, Is.EqualTo(new ComposeOrigin(files.PathOf("compose.override.yaml"), new SourceSpan(3, 12, 3, 22))));
                Assert.That(web.User!.Origin.FilePath, Is.EqualTo(files.PathOf("compose.yaml")));
                Assert.That(web.NameOrigin, Is.EqualTo(new ComposeOrigin(files.PathOf("compose.yaml"), new SourceSpan(2, 3, 2, 6))));
                Assert.That(result.Project.Files, Is.EqualTo(new[] { files.PathOf("compose.yaml"), files.PathOf("compose.override.yaml") }));
            });
        }
    }

    [Test]
    public void A_service_only_in_the_override_is_named_there()
    {
        var result = Merge("services:\n  web:\n    image: a:1\n", "services:\n  cache:\n    image: redis:7.4.1\n", out var files);
        using (files)
        {
            Assert.That(result.Project.Services.Keys, Is.EqualTo(new[] { "web", "cache" }));
            Assert.That(result.Project.Services["cache"].NameOrigin.FilePath, Is.EqualTo(files.PathOf("compose.override.yaml")));
        }
    }

    [Test]
    public void Command_entrypoint_and_healthcheck_test_are_replaced_not_appended()
    {
        var result = Merge(
            "services:\n  web:\n    image: a\n    command: [echo, foo]\n    entrypoint: [sh, -c]\n    healthcheck:\n      test: [CMD, a]\n      interval: 30s\n",
            "services:\n  web:\n    command: [echo, bar]\n    entrypoint: run\n    healthcheck:\n      test: [CMD, b]\n",
            out var files);
        using (files)
        {
            var web = result.Project.Services["web"];
            Assert.Multiple(() =>
            {
                Assert.That(web.Command!.Parts.Select(p => p.Value), Is.EqualTo(new[] { "echo", "bar" }));
                Assert.That(web.Entrypoint!.IsShellForm, Is.True);
                Assert.That(web.Healthcheck!.Test.Select(p => p.Value), Is.EqualTo(new[] { "CMD", "b" }));
                Assert.That(web.Healthcheck!.Interval!.Value, Is.EqualTo(System.TimeSpan.FromSeconds(30)));
            });
        }
    }

    [Test]
    public void Security_opt_and_capabilities_append_with_de_duplication()
    {
        var result = Merge(
            "services:\n  web:\n    image: a\n    cap_drop: [ALL]\n    cap_add: [CHOWN]\n    security_opt: [no-new-privileges:true]\n",
            "services:\n  web:\n    cap_drop: [ALL]\n    cap_add: [NET_ADMIN, CHOWN]\n    security_opt: [\"seccomp:unconfined\"]\n",
            out var files);
        using (files)
        {
            var web = result.Project.Services["web"];
            Assert.Multiple(() =>
            {
                Assert.That(web.CapDrop.Select(c => c.Value), Is.EqualTo(new[] { "ALL" }));
                Assert.That(web.CapAdd.Select(c => c.Value), Is.EqualTo(new[] { "CHOWN", "NET_ADMIN" }));
                Assert.That(web.CapAdd[0].Origin.FilePath, Is.EqualTo(files.PathOf("compose.override.yaml")), "the later duplicate replaces the earlier in place");
                Assert.That(web.SecurityOpt.Select(c => c.Value), Is.EqualTo(new[] { "no-new-privileges:true", "seccomp:unconfined" }));
                Assert.That(web.SecurityOpt[1].Span, Is.EqualTo(new SourceSpan(5, 20, 5, 40)));
            });
        }
    }

    [Test]
    public void Ports_volumes_and_secrets_are_unique_by_their_key()
    {
        var result = Merge(
            "services:\n  web:\n    image: a\n    ports: [\"8080:80\"]\n    volumes: [\"data:/work\", \"./conf:/etc/app:ro\"]\n    secrets: [db]\n",
            "services:\n  web:\n    ports: [\"8080:80\", \"127.0.0.1:8443:443\"]\n    volumes: [\"other:/work\"]\n    secrets: [{source: db, target: /run/secrets/db}]\n",
            out var files);
        using (files)
        {
            var web = result.Project.Services["web"];
            Assert.Multiple(() =>
            {
                Assert.That(web.Ports.Select(p => p.ToString()), Is.EqualTo(new[] { "8080:80/tcp", "127.0.0.1:8443:443/tcp" }));
                Assert.That(web.Ports[0].Origin.FilePath, Is.EqualTo(files.PathOf("compose.override.yaml")));
                Assert.That(web.Volumes.Select(v => v.ToString()), Is.EqualTo(new[] { "other:/work", "./conf:/etc/app" }));
                Assert.That(web.Secrets.Single().IsLongSyntax(), Is.True);
            });
        }
    }

    [Test]
    public void Environment_and_labels_merge_by_key_across_list_and_map_forms()
    {
        var result = Merge(
            "services:\n  web:\n    image: a\n    environment:\n      - A=1\n      - B=2\n    labels:\n      team: core\n",
            "services:\n  web:\n    environment:\n      B: 3\n      C: 4\n    labels: [\"team=edge\", \"tier=web\"]\n",
            out var files);
        using (files)
        {
            var web = result.Project.Services["web"];
            Assert.Multiple(() =>
            {
                Assert.That(web.Environment.Select(e => e.ToString()), Is.EqualTo(new[] { "A=1", "B=3", "C=4" }));
                Assert.That(web.Environment[0].NameOrigin, Is.EqualTo(new ComposeOrigin(files.PathOf("compose.yaml"), new SourceSpan(5, 9, 5, 10))));
                Assert.That(web.Environment[1].Value!.Origin, Is.EqualTo(new ComposeOrigin(files.PathOf("compose.override.yaml"), new SourceSpan(4, 10, 4, 11))));
                Assert.That(web.Labels.Select(e => e.ToString()), Is.EqualTo(new[] { "team=edge", "tier=web" }));
                Assert.That(web.Labels[0].Value!.Span, Is.EqualTo(new SourceSpan(6, 20, 6, 24)));
            });
        }
    }

    [Test]
    public void Reset_removes_and_override_replaces()
    {
        var result = Merge(
            "services:\n  web:\n    image: a\n    ports: [\"8080:80\"]\n    cap_add: [NET_ADMIN]\n    environment:\n      FOO: bar\n      KEEP: yes\n    user: root\n",
            "services:\n  web:\n    ports: !override\n      - \"8443:443\"\n    cap_add: !reset []\n    environment:\n      FOO: !reset null\n    user: !reset null\n",
            out var files);
        using (files)
        {
            var web = result.Project.Services["web"];
            Assert.Multiple(() =>
            {
                Assert.That(result.Diagnostics, Is.Empty);
                Assert.That(web.Ports.Select(p => p.ToString()), Is.EqualTo(new[] { "8443:443/tcp" }));
                Assert.That(web.Ports[0].Origin.Span, Is.EqualTo(new SourceSpan(4, 9, 4, 19)));
                Assert.That(web.CapAdd, Is.Empty);
                Assert.That(web.Environment.Select(e => e.Name), Is.EqualTo(new[] { "KEEP" }));
                Assert.That(web.User, Is.Null);
                Assert.That(web.Node.ContainsKey("cap_add"), Is.False);
            });
        }
    }

    [Test]
    public void Reset_in_a_single_file_just_removes_the_key()
    {
        var result = ComposeTestFiles.LoadText("services:\n  web:\n    image: a\n    privileged: !reset true\n", out var files);
        using (files)
        {
            Assert.That(result.Project.Services["web"].Privileged, Is.Null);
        }
    }

    [Test]
    public void Networks_merge_by_name_across_list_and_map_forms()
    {
        var result = Merge(
            "services:\n  web:\n    image: a\n    networks: [front]\n",
            "services:\n  web:\n    networks:\n      back:\n        aliases: [api]\n",
            out var files);
        using (files)
        {
            var networks = result.Project.Services["web"].Networks!;
            Assert.That(networks.Select(n => n.Name), Is.EqualTo(new[] { "front", "back" }));
            Assert.That(networks[1].Aliases.Single().Value, Is.EqualTo("api"));
        }
    }

    [Test]
    public void Build_string_merges_with_build_mapping()
    {
        var result = Merge("services:\n  web:\n    build: ./app\n", "services:\n  web:\n    build:\n      dockerfile: Dockerfile.prod\n", out var files);
        using (files)
        {
            var build = result.Project.Services["web"].Build!;
            Assert.That(build.ContextPath, Is.EqualTo(files.PathOf("app")));
            Assert.That(build.DockerfilePath, Is.EqualTo(files.PathOf(Path.Combine("app", "Dockerfile.prod"))));
        }
    }

    [Test]
    public void Merging_a_list_onto_a_mapping_is_DKS0003_at_the_override()
    {
        var result = Merge("services:\n  web:\n    image: a\n    deploy:\n      replicas: 1\n", "services:\n  web:\n    deploy: [1]\n", out var files);
        using (files)
        {
            Assert.That(Show(result.Diagnostics), Is.EqualTo(new[]
            {
                "DKS0003 (3,13)-(3,16) 'services.web.deploy' is a list here but a mapping in 'compose.yaml' (line 5); Compose cannot merge them.",
            }));
        }
    }
}

internal static class SecretExtensions
{
    public static bool IsLongSyntax(this ComposeSecretReference secret) => secret.Node is ComposeMapping;
}
