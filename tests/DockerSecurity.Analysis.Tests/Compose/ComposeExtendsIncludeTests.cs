using System.IO;
using System.Linq;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Text;
using static DockerSecurity.Analysis.Tests.Compose.DiagnosticFormat;

namespace DockerSecurity.Analysis.Tests.Compose;

public class ComposeExtendsIncludeTests
{
    [Test]
    public void Extends_in_the_same_file_merges_the_base_under_the_service()
    {
        var result = ComposeTestFiles.LoadText(
            "services:\n  base:\n    image: a:1\n    cap_drop: [ALL]\n    user: base\n  web:\n    extends: base\n    user: web\n",
            out var files);
        using (files)
        {
            var web = result.Project.Services["web"];
            Assert.Multiple(() =>
            {
                Assert.That(result.Diagnostics, Is.Empty);
                Assert.That(web.Image!.Span, Is.EqualTo(new SourceSpan(3, 12, 3, 15)));
                Assert.That(web.CapDrop.Single().Value, Is.EqualTo("ALL"));
                Assert.That(web.User!.Span, Is.EqualTo(new SourceSpan(8, 11, 8, 14)));
                Assert.That(web.Node.ContainsKey("extends"), Is.False);
                Assert.That(web.NameOrigin.Span, Is.EqualTo(new SourceSpan(6, 3, 6, 6)));
            });
        }
    }

    [Test]
    public void Extends_from_another_file_keeps_that_files_origins_and_folder()
    {
        using var files = new ComposeTestFiles();
        files.Write("common/base.yml", "services:\n  app:\n    build: ./src\n    read_only: true\n");
        files.Write("compose.yaml", "services:\n  web:\n    extends:\n      file: common/base.yml\n      service: app\n");
        var result = files.Load("compose.yaml");
        var web = result.Project.Services["web"];
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(web.ReadOnly!.Origin, Is.EqualTo(new ComposeOrigin(files.PathOf("common/base.yml"), new SourceSpan(4, 16, 4, 20))));
            Assert.That(web.Build!.ContextPath, Is.EqualTo(files.PathOf("common/src")));
            Assert.That(web.Build!.DockerfilePath, Is.EqualTo(files.PathOf("common/src/Dockerfile")));
            Assert.That(result.Project.Files, Is.EqualTo(new[] { files.PathOf("compose.yaml"), files.PathOf("common/base.yml") }));
        });
    }

    [Test]
    public void The_text_of_every_file_read_is_kept_by_path_and_a_skipped_file_has_none()
    {
        using var files = new ComposeTestFiles();
        const string Base = "services:\n  app:\n    image: a\n";
        const string Compose = "services:\n  web:\n    extends:\n      file: common/base.yml\n      service: app\n";
        files.Write("common/base.yml", Base);
        files.Write("compose.yaml", Compose);
        File.WriteAllBytes(files.PathOf("compose.override.yaml"), new byte[] { 0xFF, 0xFE, (byte)'s', 0 });
        var project = files.Load("compose.yaml", "compose.override.yaml").Project;
        Assert.Multiple(() =>
        {
            Assert.That(project.Files, Is.EqualTo(new[] { files.PathOf("compose.yaml"), files.PathOf("common/base.yml"), files.PathOf("compose.override.yaml") }));
            Assert.That(project.SourceFiles.Keys, Is.EqualTo(new[] { files.PathOf("compose.yaml"), files.PathOf("common/base.yml") }));
            Assert.That(project.SourceFiles[files.PathOf("compose.yaml")].Text, Is.EqualTo(Compose));
            Assert.That(project.SourceFiles[files.PathOf("common/base.yml")].Text, Is.EqualTo(Base));
            Assert.That(project.SourceFiles[files.PathOf("common/base.yml")].Path, Is.EqualTo(files.PathOf("common/base.yml")));
        });
    }

    [Test]
    public void Extends_of_a_missing_service_is_DKS0003_at_the_reference()
    {
        var result = ComposeTestFiles.LoadText("services:\n  web:\n    image: a\n    extends: nope\n", out var files);
        using (files)
        {
            Assert.That(Show(result.Diagnostics), Is.EqualTo(new[]
            {
                "DKS0003 (4,14)-(4,18) Service 'web' extends 'nope', which is not defined in 'compose.yaml'.",
            }));
            Assert.That(result.Project.Services["web"].Image!.Value, Is.EqualTo("a"));
        }
    }

    [Test]
    public void Extends_of_a_missing_file_is_DKS0003_at_the_file_name()
    {
        var result = ComposeTestFiles.LoadText("services:\n  web:\n    image: a\n    extends:\n      file: gone.yml\n      service: x\n", out var files);
        using (files)
        {
            Assert.That(Show(result.Diagnostics), Is.EqualTo(new[]
            {
                "DKS0003 (5,13)-(5,21) 'extends' of service 'web' names 'gone.yml', which does not exist.",
            }));
        }
    }

    [Test]
    public void Extends_cycle_is_DKS0003_and_loading_goes_on()
    {
        var result = ComposeTestFiles.LoadText("services:\n  a:\n    image: x\n    extends: b\n  b:\n    extends: a\n", out var files);
        using (files)
        {
            Assert.That(Show(result.Diagnostics), Is.EqualTo(new[]
            {
                "DKS0003 (6,14)-(6,15) 'extends' of service 'b' forms a cycle: a -> b -> a.",
            }));
            Assert.That(result.Project.Services.Keys, Is.EqualTo(new[] { "a", "b" }));
        }
    }

    [Test]
    public void Include_short_and_long_syntax_import_services()
    {
        using var files = new ComposeTestFiles();
        files.Write("db/compose.yaml", "services:\n  db:\n    image: postgres:17.2\n    volumes: [\"./data:/var/lib/postgresql/data\"]\nvolumes:\n  cache: {}\n");
        files.Write("cache.yaml", "services:\n  cache:\n    image: redis:7.4.1\n");
        files.Write("compose.yaml", "include:\n  - cache.yaml\n  - path: db/compose.yaml\n    env_file: db/.env\nservices:\n  web:\n    image: a\n");
        var result = files.Load("compose.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(result.Project.Services.Keys, Is.EquivalentTo(new[] { "web", "cache", "db" }));
            Assert.That(result.Project.Services["db"].Image!.Origin.FilePath, Is.EqualTo(files.PathOf("db/compose.yaml")));
            Assert.That(result.Project.Services["db"].Volumes.Single().HostPath, Is.EqualTo(files.PathOf("db/data")));
            Assert.That(result.Project.Volumes.Keys, Is.EqualTo(new[] { "cache" }));
        });
    }

    [Test]
    public void Include_with_project_directory_resolves_paths_there()
    {
        using var files = new ComposeTestFiles();
        files.Write("lib/compose.yaml", "services:\n  api:\n    build: .\n");
        files.Write("compose.yaml", "include:\n  - path: lib/compose.yaml\n    project_directory: other\n");
        var result = files.Load("compose.yaml");
        Assert.That(result.Project.Services["api"].Build!.ContextPath, Is.EqualTo(files.PathOf("other")));
    }

    [Test]
    public void Include_of_a_missing_file_is_DKS0003_at_the_path()
    {
        var result = ComposeTestFiles.LoadText("include:\n  - path: missing.yaml\nservices:\n  web:\n    image: a\n", out var files);
        using (files)
        {
            Assert.That(Show(result.Diagnostics), Is.EqualTo(new[]
            {
                "DKS0003 (2,11)-(2,23) The included file 'missing.yaml' does not exist.",
            }));
            Assert.That(result.Project.Services.Keys, Is.EqualTo(new[] { "web" }));
        }
    }

    [Test]
    public void Include_cycle_is_DKS0003_at_the_reference_that_closes_it()
    {
        using var files = new ComposeTestFiles();
        files.Write("compose.yaml", "include: [b.yaml]\nservices:\n  a:\n    image: a\n");
        files.Write("b.yaml", "include: [compose.yaml]\nservices:\n  b:\n    image: b\n");
        var result = files.Load("compose.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Select(d => (d.Id, System.IO.Path.GetFileName(d.FilePath), d.Span, d.Message)), Is.EqualTo(new[]
            {
                ("DKS0003", "b.yaml", new SourceSpan(1, 11, 1, 23), "'include' forms a cycle: compose.yaml -> b.yaml -> compose.yaml."),
            }));
            Assert.That(result.Project.Services.Keys, Is.EquivalentTo(new[] { "a", "b" }));
        });
    }

    [Test]
    public void Included_service_that_conflicts_is_DKS0003_and_the_local_one_stays()
    {
        using var files = new ComposeTestFiles();
        files.Write("other.yaml", "services:\n  web:\n    image: other\n");
        files.Write("compose.yaml", "include: [other.yaml]\nservices:\n  web:\n    image: mine\n");
        var result = files.Load("compose.yaml");
        Assert.That(Show(result.Diagnostics), Is.EqualTo(new[]
        {
            "DKS0003 (1,11)-(1,21) 'services.web' from the included 'other.yaml' conflicts with its definition in 'compose.yaml' (line 3).",
        }));
        Assert.That(result.Project.Services["web"].Image!.Value, Is.EqualTo("mine"));
    }
}
