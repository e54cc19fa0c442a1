using System.IO;
using System.Linq;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Rules.Secrets;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Rules.Secrets;

public class ComposeValuesTests
{
    private static ComposeProject Load(params (string Name, string Text)[] files)
    {
        var folder = TestFolder.Create();
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }

        return ComposeLoader.Load(files.Where(f => f.Name.EndsWith(".yml", System.StringComparison.Ordinal)).Select(f => Path.Combine(folder, f.Name)).ToList()).Project;
    }

    [Test]
    public void Documents_keep_what_each_file_says_before_merging()
    {
        var project = Load(
            ("docker-compose.yml", "services:\n  api:\n    image: a:1.0.0\n    environment:\n      TOKEN: base\n  worker:\n    extends:\n      file: common.yaml\n      service: base\n"),
            ("common.yaml", "services:\n  base:\n    image: b:1.0.0\n"),
            ("docker-compose.override.yml", "services:\n  api:\n    environment:\n      TOKEN: override\n"),
            ("unrelated.txt", "services: {}\n"));
        var values = ComposeValues.Scalars(project).Select(v => $"{Path.GetFileName(v.Scalar.Origin.FilePath)} {v.Key}={v.Scalar.Raw}").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(project.Documents, Has.Count.EqualTo(3));
            Assert.That(values, Is.EqualTo(new[]
            {
                "docker-compose.yml image=a:1.0.0",
                "docker-compose.yml TOKEN=base",
                "docker-compose.yml file=common.yaml",
                "docker-compose.yml service=base",
                "common.yaml image=b:1.0.0",
                "docker-compose.override.yml TOKEN=override",
            }));
        });
    }

    [Test]
    public void List_items_of_key_value_attributes_are_split_at_the_first_equals()
    {
        var project = Load(("compose.yml", "services:\n  api:\n    image: a:1.0.0\n    environment:\n      - A=1=2\n      - BARE\n      - EMPTY=\n    command: [\"x=y\"]\n"));
        var values = ComposeValues.Scalars(project).Select(v => $"{v.Key}:{v.Scalar.Raw}@{v.Scalar.Span}").ToList();
        Assert.That(values, Is.EqualTo(new[] { "image:a:1.0.0@(3,12)-(3,19)", "A:1=2@(5,11)-(5,14)", "command:x=y@(8,15)-(8,20)" }));
    }
}
