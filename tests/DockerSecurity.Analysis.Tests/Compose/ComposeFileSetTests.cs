using System.IO;
using System.Linq;
using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Tests.Compose;

public class ComposeFileSetTests
{
    private static string[] Show(ComposeFileSet set) =>
        set.Files.Select(f => Path.GetFileName(Path.GetDirectoryName(f)) + "/" + Path.GetFileName(f)).ToArray();

    [Test]
    public void Override_joins_its_base_and_each_environment_overlay_forms_its_own_set()
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "sets", "app"));
        var files = new[]
        {
            "docker-compose.prod.yml", "docker-compose.yml", "docker-compose.override.yml",
            "docker-compose.staging.yml", "compose.yaml", "compose.override.yaml", "tools.yml",
        }.Select(n => Path.Combine(root, n));

        var sets = ComposeFileSet.Discover(files);

        Assert.Multiple(() =>
        {
            Assert.That(sets.Select(Show), Is.EqualTo(new[]
            {
                new[] { "app/compose.yaml", "app/compose.override.yaml" },
                new[] { "app/docker-compose.yml", "app/docker-compose.override.yml" },
                new[] { "app/docker-compose.yml", "app/docker-compose.prod.yml" },
                new[] { "app/docker-compose.yml", "app/docker-compose.staging.yml" },
                new[] { "app/tools.yml" },
            }));
            Assert.That(sets.Select(s => s.Environment), Is.EqualTo(new[] { null, null, "prod", "staging", null }));
        });
    }

    [Test]
    public void Overlay_without_its_base_stands_alone_and_folders_do_not_mix()
    {
        var a = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "sets", "a"));
        var b = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "sets", "b"));
        var sets = ComposeFileSet.Discover(new[]
        {
            Path.Combine(b, "compose.override.yml"), Path.Combine(a, "compose.yml"), Path.Combine(a, "compose.production.yaml"),
        });

        Assert.That(sets.Select(Show), Is.EqualTo(new[]
        {
            new[] { "a/compose.yml" },
            new[] { "a/compose.yml", "a/compose.production.yaml" },
            new[] { "b/compose.override.yml" },
        }));
    }

    [Test]
    public void Discovery_is_independent_of_input_order_and_duplicates()
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "sets", "c"));
        var names = new[] { "compose.yaml", "compose.override.yaml", "compose.dev.yaml" }.Select(n => Path.Combine(root, n)).ToList();
        var forward = ComposeFileSet.Discover(names).Select(Show).ToList();
        var backward = ComposeFileSet.Discover(Enumerable.Reverse(names).Concat(names)).Select(Show).ToList();
        Assert.That(backward, Is.EqualTo(forward));
    }

    [Test]
    public void Sets_that_share_a_base_share_its_parse_and_each_still_reports_its_diagnostics()
    {
        using var files = new ComposeTestFiles();
        files.Write("compose.yaml", "services:\n  web:\n    image: \"${\"\n");
        files.Write("compose.override.yaml", "services:\n  web:\n    user: app\n");
        files.Write("compose.prod.yaml", "services:\n  web:\n    user: \"${\"\n");
        var sets = ComposeFileSet.Discover(new[] { "compose.yaml", "compose.override.yaml", "compose.prod.yaml" }.Select(files.PathOf));
        var cache = new ComposeDocumentCache(ComposeLimits.Default);

        var shared = sets.Select(set => ComposeLoader.Load(set.Files, cache)).ToList();
        var alone = sets.Select(set => ComposeLoader.Load(set.Files)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(shared.Select(r => DiagnosticFormat.Show(r.Diagnostics)), Is.EqualTo(alone.Select(r => DiagnosticFormat.Show(r.Diagnostics))));
            Assert.That(shared.Select(r => r.Diagnostics.Select(d => d.FilePath)), Is.EqualTo(new[]
            {
                new[] { files.PathOf("compose.yaml") },
                new[] { files.PathOf("compose.prod.yaml"), files.PathOf("compose.yaml") },
            }));
            Assert.That(shared[1].Project.Documents[0], Is.SameAs(shared[0].Project.Documents[0]), "the base is parsed once");
            Assert.That(alone[1].Project.Documents[0], Is.Not.SameAs(alone[0].Project.Documents[0]));
            Assert.That(shared[1].Project.SourceFiles[files.PathOf("compose.yaml")], Is.SameAs(shared[0].Project.SourceFiles[files.PathOf("compose.yaml")]), "the base is read once");
            Assert.That(shared.Select(r => r.Project.Services["web"].User?.Value), Is.EqualTo(alone.Select(r => r.Project.Services["web"].User?.Value)));
        });
    }
}
