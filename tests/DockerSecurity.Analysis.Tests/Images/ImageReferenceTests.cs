using DockerSecurity.Analysis.Images;

namespace DockerSecurity.Analysis.Tests.Images;

public class ImageReferenceTests
{
    private const string Sha = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [TestCase("python", null, "docker.io", "library/python", "python", null, "python")]
    [TestCase("python:3.12-slim", null, "docker.io", "library/python", "python", "3.12-slim", "python")]
    [TestCase("bitnami/redis:7.2", null, "docker.io", "bitnami/redis", "redis", "7.2", "bitnami/redis")]
    [TestCase("docker.io/library/nginx:1.27", null, "docker.io", "library/nginx", "nginx", "1.27", "nginx")]
    [TestCase("index.docker.io/nginx", null, "docker.io", "library/nginx", "nginx", null, "nginx")]
    [TestCase("mcr.microsoft.com/dotnet/aspnet:8.0", "mcr.microsoft.com", "mcr.microsoft.com", "dotnet/aspnet", "aspnet", "8.0", "mcr.microsoft.com/dotnet/aspnet")]
    [TestCase("gcr.io/distroless/static-debian12:nonroot", "gcr.io", "gcr.io", "distroless/static-debian12", "static-debian12", "nonroot", "gcr.io/distroless/static-debian12")]
    [TestCase("localhost/app", "localhost", "localhost", "app", "app", null, "localhost/app")]
    [TestCase("localhost:5000/team/app:v1", "localhost:5000", "localhost:5000", "team/app", "app", "v1", "localhost:5000/team/app")]
    [TestCase("registry:5000/ns/name:tag", "registry:5000", "registry:5000", "ns/name", "name", "tag", "registry:5000/ns/name")]
    [TestCase("[::1]:5000/app", "[::1]:5000", "[::1]:5000", "app", "app", null, "[::1]:5000/app")]
    [TestCase("Registry.Example.com/app", "Registry.Example.com", "Registry.Example.com", "app", "app", null, "Registry.Example.com/app")]
    [TestCase("my_org/my__app-x.y:Tag_1.0", null, "docker.io", "my_org/my__app-x.y", "my__app-x.y", "Tag_1.0", "my_org/my__app-x.y")]
    public void Valid_reference_is_split_and_normalised(string text, string? registry, string domain, string repository, string name, string? tag, string familiar)
    {
        var reference = ImageReference.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(reference.IsValid, Is.True, reference.Error);
            Assert.That(reference.Registry, Is.EqualTo(registry));
            Assert.That(reference.Domain, Is.EqualTo(domain));
            Assert.That(reference.Repository, Is.EqualTo(repository));
            Assert.That(reference.Name, Is.EqualTo(name));
            Assert.That(reference.Tag, Is.EqualTo(tag));
            Assert.That(reference.Digest, Is.Null);
            Assert.That(reference.FamiliarName, Is.EqualTo(familiar));
            Assert.That(reference.HasUnresolvedVariables, Is.False);
        });
    }

    [Test]
    public void Tag_and_digest_together()
    {
        var reference = ImageReference.Parse("registry:5000/ns/name:tag@" + Sha);

        Assert.Multiple(() =>
        {
            Assert.That(reference.Registry, Is.EqualTo("registry:5000"));
            Assert.That(reference.Repository, Is.EqualTo("ns/name"));
            Assert.That(reference.Tag, Is.EqualTo("tag"));
            Assert.That(reference.Digest, Is.EqualTo(Sha));
            Assert.That(reference.ToString(), Is.EqualTo("registry:5000/ns/name:tag@" + Sha));
        });
    }

    [Test]
    public void Digest_without_tag()
    {
        var reference = ImageReference.Parse("python@" + Sha);

        Assert.Multiple(() =>
        {
            Assert.That(reference.Tag, Is.Null);
            Assert.That(reference.Digest, Is.EqualTo(Sha));
            Assert.That(reference.ToString(), Is.EqualTo("docker.io/library/python@" + Sha));
        });
    }

    [Test]
    public void Scratch_is_recognised()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ImageReference.Parse("scratch").IsScratch, Is.True);
            Assert.That(ImageReference.Parse("scratchy").IsScratch, Is.False);
            Assert.That(ImageReference.Parse("python").IsScratch, Is.False);
        });
    }

    [TestCase("", "repository name must have at least one component")]
    [TestCase("Python:3", "invalid reference format: repository name (library/Python) must be lowercase")]
    [TestCase("myorg/MyApp", "invalid reference format: repository name (myorg/MyApp) must be lowercase")]
    [TestCase("python:", "invalid reference format")]
    [TestCase("python::3", "invalid reference format")]
    [TestCase("py thon", "invalid reference format")]
    [TestCase("-python", "invalid reference format")]
    [TestCase("python:-3", "invalid reference format")]
    [TestCase("a//b", "invalid reference format")]
    [TestCase("python@sha256:abc", "invalid reference format")]
    [TestCase("python@md5:0123456789abcdef0123456789abcdef", "unsupported digest algorithm")]
    [TestCase("python@sha256:0123456789abcdef0123456789abcdef", "invalid checksum digest length")]
    [TestCase("python@sha256:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef", "invalid checksum digest format")]
    [TestCase("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "invalid repository name (0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef), cannot specify 64-byte hexadecimal strings")]
    [TestCase("-registry.io/app", "invalid reference format")]
    [TestCase("registry.io:port/app", "invalid reference format")]
    public void Invalid_reference_is_a_failure_not_an_exception(string text, string error)
    {
        var reference = ImageReference.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(reference.IsValid, Is.False);
            Assert.That(reference.Error, Is.EqualTo(error));
            Assert.That(reference.Repository, Is.Null);
            Assert.That(reference.ToString(), Is.EqualTo(text));
        });
    }

    [Test]
    public void Tag_longer_than_128_characters_is_invalid()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ImageReference.Parse("a:" + new string('1', 128)).IsValid, Is.True);
            Assert.That(ImageReference.Parse("a:" + new string('1', 129)).IsValid, Is.False);
        });
    }

    [Test]
    public void Name_longer_than_255_characters_is_invalid()
    {
        var reference = ImageReference.Parse("org/" + new string('a', 250));

        Assert.That(reference.Error, Is.EqualTo("repository name must not be more than 255 characters"));
    }

    [TestCase("python:${PYTHON_VERSION}")]
    [TestCase("$REGISTRY/app:1.0")]
    [TestCase("${BASE}")]
    public void Unresolved_variables_are_flagged(string text)
    {
        var reference = ImageReference.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(reference.HasUnresolvedVariables, Is.True);
            Assert.That(reference.IsValid, Is.False);
            Assert.That(reference.Error, Is.EqualTo("the reference contains unresolved variables"));
        });
    }

    [Test]
    public void Null_text_is_invalid()
    {
        Assert.That(ImageReference.Parse(null).IsValid, Is.False);
    }

    [Test]
    public void Try_parse_reports_validity()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ImageReference.TryParse("alpine:3.20", out var valid), Is.True);
            Assert.That(valid.Tag, Is.EqualTo("3.20"));
            Assert.That(ImageReference.TryParse("ALPINE", out _), Is.False);
        });
    }

    [Test]
    public void Random_text_never_throws()
    {
        var random = new System.Random(3);
        const string Alphabet = "aZ09:/@._-$[]{}sha256 \t\u00e9";
        for (var i = 0; i < 5000; i++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = Alphabet[random.Next(Alphabet.Length)];
            }

            Assert.That(() => ImageReference.Parse(new string(chars)), Throws.Nothing);
        }
    }
}
