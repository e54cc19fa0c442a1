using System.IO;
using DockerSecurity.Analysis.Pipeline;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Pipeline;

/// <summary>One analysis reads and parses each Dockerfile once, for its own rules and for the compose services that build it.</summary>
public class DockerfileModelsTests
{
    [Test]
    public void A_dockerfile_is_read_and_parsed_once_per_analysis()
    {
        var path = Path.Combine(TestFolder.Create("dks-models-"), "Dockerfile");
        File.WriteAllText(path, "FROM alpine:3.20 AS base\nFROM base\n");
        var dockerfiles = new DockerfileModels();

        var first = dockerfiles.Load(path);
        File.WriteAllText(path, "not a dockerfile any more\n");

        Assert.Multiple(() =>
        {
            Assert.That(dockerfiles.Load(path), Is.SameAs(first));
            Assert.That(dockerfiles.Get(path), Is.SameAs(first.Model));
            Assert.That(first.Model!.FinalStage!.BaseStage!.Name, Is.EqualTo("base"));
        });
    }

    [Test]
    public void An_unreadable_dockerfile_has_its_refusal_and_no_model()
    {
        var dockerfiles = new DockerfileModels();
        var missing = dockerfiles.Load(Path.Combine(TestFolder.Create("dks-models-"), "Dockerfile"));
        Assert.Multiple(() =>
        {
            Assert.That(missing.Read.Refusal, Is.EqualTo("the file does not exist"));
            Assert.That(missing.Parsed, Is.Null);
            Assert.That(missing.Model, Is.Null);
        });
    }
}
