using System.Linq;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Text;
using static DockerSecurity.Analysis.Tests.Compose.DiagnosticFormat;

namespace DockerSecurity.Analysis.Tests.Compose;

public class ComposeYamlTests
{
    [Test]
    public void Keys_and_values_have_exact_one_based_end_exclusive_spans()
    {
        var result = ComposeTestFiles.LoadText("services:\n  web:\n    image: 'nginx:1.27.3'\n    user: app\n", out var files);
        using (files)
        {
            var web = result.Project.Services["web"];
            Assert.Multiple(() =>
            {
                Assert.That(web.NameOrigin.Span, Is.EqualTo(new SourceSpan(2, 3, 2, 6)));
                Assert.That(web.NameOrigin.FilePath, Is.EqualTo(files.PathOf("compose.yaml")));
                Assert.That(web.Image!.Span, Is.EqualTo(new SourceSpan(3, 12, 3, 26)));
                Assert.That(web.Image!.Value, Is.EqualTo("nginx:1.27.3"));
                Assert.That(web.User!.Span, Is.EqualTo(new SourceSpan(4, 11, 4, 14)));
                Assert.That(web.Node.GetEntry("user")!.KeyOrigin.Span, Is.EqualTo(new SourceSpan(4, 5, 4, 9)));
            });
        }
    }

    [Test]
    public void Anchors_aliases_and_merge_keys_follow_yaml_precedence()
    {
        const string text = """
            x-base: &base
              image: base:1.0
              user: base
              read_only: true
            x-hardening: &hardening
              user: hardened
              privileged: false
              cap_drop: [ALL]
            services:
              web:
                <<: [*hardening, *base]
                image: web:2.0
              worker:
                <<: *base
            """;
        var result = ComposeTestFiles.LoadText(text, out var files);
        using (files)
        {
            var web = result.Project.Services["web"];
            var worker = result.Project.Services["worker"];
            Assert.Multiple(() =>
            {
                Assert.That(result.Diagnostics, Is.Empty);
                Assert.That(result.Project.Services.Keys, Is.EqualTo(new[] { "web", "worker" }));
                Assert.That(web.Image!.Value, Is.EqualTo("web:2.0"), "an explicit key wins over merged ones");
                Assert.That(web.User!.Value, Is.EqualTo("hardened"), "the first mapping in <<: [..] wins");
                Assert.That(web.User!.Span, Is.EqualTo(new SourceSpan(6, 9, 6, 17)), "a merged value points at the anchor's text");
                Assert.That(web.ReadOnly!.Value, Is.True);
                Assert.That(web.CapDrop.Single().Value, Is.EqualTo("ALL"));
                Assert.That(worker.Image!.Value, Is.EqualTo("base:1.0"));
                Assert.That(worker.Image!.Span, Is.EqualTo(new SourceSpan(2, 10, 2, 18)));
            });
        }
    }

    [Test]
    public void Several_documents_in_one_file_merge_in_order()
    {
        var result = ComposeTestFiles.LoadText("services:\n  web:\n    image: a:1\n---\nservices:\n  web:\n    user: app\n", out var files);
        using (files)
        {
            var web = result.Project.Services["web"];
            Assert.Multiple(() =>
            {
                Assert.That(web.Image!.Value, Is.EqualTo("a:1"));
                Assert.That(web.User!.Span, Is.EqualTo(new SourceSpan(7, 11, 7, 14)));
            });
        }
    }

    [Test]
    public void Extension_fields_are_not_services_nor_unknown_keys()
    {
        var result = ComposeTestFiles.LoadText("x-common: &c\n  restart: always\nservices:\n  web:\n    <<: *c\n    image: a:1\n    x-note: hello\n", out var files);
        using (files)
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(result.Project.Services.Keys, Is.EqualTo(new[] { "web" }));
            Assert.That(result.Project.Services["web"].Restart!.Value, Is.EqualTo("always"));
        }
    }

    [Test]
    public void Bad_yaml_is_DKS0002_at_the_parser_mark_with_a_clean_message()
    {
        var result = ComposeTestFiles.LoadText("services:\n  web:\n    image: \"nginx\n", out var files);
        using (files)
        {
            Assert.That(Show(result.Diagnostics), Is.EqualTo(new[]
            {
                "DKS0002 (3,12)-(3,12) 'compose.yaml' is not valid YAML: while scanning a quoted scalar, found unexpected end of stream.",
            }));
            Assert.That(result.Project.Services, Is.Empty);
        }
    }

    [Test]
    public void Bad_indentation_is_DKS0002_where_YamlDotNet_stops()
    {
        var result = ComposeTestFiles.LoadText("services:\n  web:\n    image: a\n   user: b\n", out var files);
        using (files)
        {
            Assert.That(Show(result.Diagnostics), Is.EqualTo(new[]
            {
                "DKS0002 (4,4)-(4,4) 'compose.yaml' is not valid YAML: while parsing a block mapping, did not find expected key.",
            }));
        }
    }

    [Test]
    public void Unclosed_flow_list_is_DKS0002_not_an_exception()
    {
        var result = ComposeTestFiles.LoadText("services:\n  web:\n    cap_drop: [ALL\n    image: a\n", out var files);
        using (files)
        {
            Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "DKS0002" }));
        }
    }

    [Test]
    public void Duplicate_key_is_DKS0002_at_the_second_key_and_the_last_value_is_kept()
    {
        var result = ComposeTestFiles.LoadText("services:\n  web:\n    image: a\n    image: b\n", out var files);
        using (files)
        {
            Assert.That(Show(result.Diagnostics), Is.EqualTo(new[]
            {
                "DKS0002 (4,5)-(4,10) 'compose.yaml' is not valid YAML: the key 'image' is defined twice in one mapping (first on line 3).",
            }));
            Assert.That(result.Project.Services["web"].Image!.Value, Is.EqualTo("b"));
        }
    }

    [Test]
    public void Unknown_alias_is_DKS0002_at_the_alias()
    {
        var result = ComposeTestFiles.LoadText("services:\n  web: *nope\n", out var files);
        using (files)
        {
            Assert.That(Show(result.Diagnostics), Is.EqualTo(new[]
            {
                "DKS0002 (2,8)-(2,13) 'compose.yaml' is not valid YAML: the alias '*nope' refers to no anchor defined before it.",
            }));
        }
    }

    [TestCase("- a\n- b\n", "the top level is a list, not a mapping")]
    [TestCase("just text\n", "the top level is a scalar, not a mapping")]
    public void Top_level_that_is_not_a_mapping_is_DKS0002(string text, string reason)
    {
        var result = ComposeTestFiles.LoadText(text, out var files);
        using (files)
        {
            Assert.That(result.Diagnostics.Single().Id, Is.EqualTo("DKS0002"));
            Assert.That(result.Diagnostics.Single().Message, Is.EqualTo($"'compose.yaml' is not a compose file: {reason}."));
            Assert.That(result.Diagnostics.Single().Span.Start, Is.EqualTo(new SourcePosition(1, 1)));
        }
    }

    [Test]
    public void Services_that_is_not_a_mapping_is_DKS0002_at_its_value()
    {
        var result = ComposeTestFiles.LoadText("services:\n  - web\n", out var files);
        using (files)
        {
            Assert.That(Show(result.Diagnostics), Is.EqualTo(new[]
            {
                "DKS0002 (2,3)-(2,8) 'compose.yaml' is not a compose file: 'services' must be a mapping of service names to services, not a list.",
            }));
        }
    }

    [Test]
    public void Billion_laughs_is_skipped_with_DKS0004()
    {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            text += $"{level}: &{level} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n";
        }

        var result = ComposeTestFiles.LoadText(text + "services:\n  web:\n    image: a\n", out var files);
        using (files)
        {
            Assert.That(Show(result.Diagnostics), Is.EqualTo(new[]
            {
                "DKS0004 (5,36)-(5,36) 'compose.yaml' is skipped: its aliases expand to more than 100,000 nodes.",
            }));
            Assert.That(result.Project.Services, Is.Empty);
        }
    }

    [Test]
    public void Too_many_aliases_is_skipped_with_DKS0004()
    {
        var text = "x: &x 1\nlist: [" + string.Join(", ", Enumerable.Repeat("*x", 10_001)) + "]\n";
        var result = ComposeTestFiles.LoadText(text, out var files);
        using (files)
        {
            var diagnostic = result.Diagnostics.Single();
            Assert.That(diagnostic.Id, Is.EqualTo("DKS0004"));
            Assert.That(diagnostic.Message, Is.EqualTo("'compose.yaml' is skipped: it uses more than 10,000 aliases."));
            Assert.That(diagnostic.Span.Start, Is.EqualTo(new SourcePosition(2, 8 + (10_000 * 4))));
        }
    }

    [Test]
    public void Deep_nesting_is_skipped_with_DKS0004_without_overflowing_the_stack()
    {
        var text = "services: " + new string('[', 100_000) + new string(']', 100_000) + "\n";
        var result = ComposeTestFiles.LoadText(text, out var files);
        using (files)
        {
            Assert.That(Show(result.Diagnostics), Is.EqualTo(new[]
            {
                "DKS0004 (1,74)-(1,74) 'compose.yaml' is skipped: it nests mappings and lists deeper than 64 levels.",
            }));
        }
    }

    [Test]
    public void Too_large_file_is_skipped_with_DKS0004()
    {
        using var files = new ComposeTestFiles();
        files.Write("compose.yaml", "services: {}\n# " + new string('x', 200) + "\n");
        var result = ComposeLoader.Load(new[] { files.PathOf("compose.yaml") }, new ComposeLimits { MaxFileBytes = 100 });
        Assert.That(Show(result.Diagnostics), Is.EqualTo(new[]
        {
            "DKS0004 (1,1)-(1,1) 'compose.yaml' is skipped: it is 216 bytes, over the 100-byte limit.",
        }));
    }

    [Test]
    public void A_broken_file_does_not_lose_the_others()
    {
        using var files = new ComposeTestFiles();
        files.Write("compose.yaml", "services:\n  web:\n    image: a:1\n");
        files.Write("compose.override.yaml", "services: [\n");
        var result = files.Load("compose.yaml", "compose.override.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Select(d => (d.Id, System.IO.Path.GetFileName(d.FilePath))), Is.EqualTo(new[] { ("DKS0002", "compose.override.yaml") }));
            Assert.That(result.Project.Services["web"].Image!.Value, Is.EqualTo("a:1"));
        });
    }

    [Test]
    public void Missing_file_is_DKS0004()
    {
        using var files = new ComposeTestFiles();
        var result = files.Load("compose.yaml");
        Assert.That(Show(result.Diagnostics), Is.EqualTo(new[] { "DKS0004 (1,1)-(1,1) 'compose.yaml' is skipped: the file does not exist." }));
    }
}
