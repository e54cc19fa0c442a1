using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace DockerSecurity.IntegrationTests;

/// <summary>The package holds exactly what MSBuild needs to load the task, and nothing a consumer would reference.</summary>
public class PackageContentTests
{
    [Test]
    public void Package_has_exactly_the_build_files_and_the_task_folders()
    {
        using var package = ZipFile.OpenRead(PackageFeed.Current.PackagePath);

        var entries = package.Entries
            .Select(entry => entry.FullName)
            .Where(name => !name.StartsWith("_rels/") && name != "[Content_Types].xml" && !name.StartsWith("package/services/metadata/"))
            .OrderBy(name => name, System.StringComparer.Ordinal);

        Assert.That(entries, Is.EqualTo(new[]
        {
            "DockerSecurity.Build.nuspec",
            "README.md",
            "build/DockerSecurity.Build.props",
            "build/DockerSecurity.Build.targets",
            "build/config/DockerSecurity.All.globalconfig",
            "build/config/DockerSecurity.Minimum.globalconfig",
            "buildMultiTargeting/DockerSecurity.Build.props",
            "buildMultiTargeting/DockerSecurity.Build.targets",
            "tasks/net472/DockerSecurity.Analysis.dll",
            "tasks/net472/DockerSecurity.Build.dll",
            "tasks/net472/Microsoft.Bcl.AsyncInterfaces.dll",
            "tasks/net472/System.Buffers.dll",
            "tasks/net472/System.Memory.dll",
            "tasks/net472/System.Numerics.Vectors.dll",
            "tasks/net472/System.Runtime.CompilerServices.Unsafe.dll",
            "tasks/net472/System.Text.Encodings.Web.dll",
            "tasks/net472/System.Text.Json.dll",
            "tasks/net472/System.Threading.Tasks.Extensions.dll",
            "tasks/net472/System.ValueTuple.dll",
            "tasks/net472/YamlDotNet.dll",
            "tasks/net8.0/DockerSecurity.Analysis.dll",
            "tasks/net8.0/DockerSecurity.Build.deps.json",
            "tasks/net8.0/DockerSecurity.Build.dll",
            "tasks/net8.0/YamlDotNet.dll",
        }));
    }

    [Test]
    public void Nuspec_marks_a_development_dependency_with_no_dependencies_and_full_metadata()
    {
        using var package = ZipFile.OpenRead(PackageFeed.Current.PackagePath);
        using var stream = package.GetEntry("DockerSecurity.Build.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Multiple(() =>
        {
            Assert.That(Value("id"), Is.EqualTo("DockerSecurity.Build"));
            Assert.That(Value("version"), Is.EqualTo(PackageFeed.Current.Version));
            Assert.That(Value("developmentDependency"), Is.EqualTo("true"));
            Assert.That(Value("license"), Is.EqualTo("MIT"));
            Assert.That(Value("readme"), Is.EqualTo("README.md"));
            Assert.That(Value("description"), Does.StartWith("Checks Dockerfiles and docker-compose files"));
            Assert.That(Value("tags"), Does.Contain("docker"));
            Assert.That(metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")?.Value, Does.StartWith("https://"));
            Assert.That(metadata.Elements().Where(e => e.Name.LocalName == "dependencies"), Is.Empty);
        });
    }

    [Test]
    public void Net8_deps_file_names_only_what_ships_beside_it()
    {
        using var package = ZipFile.OpenRead(PackageFeed.Current.PackagePath);
        using var reader = new StreamReader(package.GetEntry("tasks/net8.0/DockerSecurity.Build.deps.json")!.Open());
        var deps = reader.ReadToEnd();

        Assert.Multiple(() =>
        {
            Assert.That(deps, Does.Contain("\"YamlDotNet.dll\"").Or.Contain("lib/net8.0/YamlDotNet.dll"));
            Assert.That(deps, Does.Contain("DockerSecurity.Analysis.dll"));
            Assert.That(deps, Does.Not.Contain("Microsoft.Build"), "MSBuild comes from the host");
            Assert.That(deps, Does.Not.Contain("System.Text.Json"), "System.Text.Json comes from the runtime");
        });
    }
}
