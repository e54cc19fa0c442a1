using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace DockerSecurity.IntegrationTests;

/// <summary>
/// Every assembly a task DLL references is either provided by the host (MSBuild, the framework) or shipped
/// beside it in at least the referenced version. net472 cannot be loaded on this machine, so this static
/// check is what guards its dependency closure.
/// </summary>
public class TaskFolderTests
{
    [Test]
    public void Net472_task_folder_ships_every_reference_that_MSBuild_and_the_framework_do_not_provide()
    {
        var referenceAssemblies = Path.Combine(
            PackageFeed.Current.MachinePackagesDirectory, "microsoft.netframework.referenceassemblies.net472", "1.0.3", "build", ".NETFramework", "v4.7.2");
        if (!Directory.Exists(referenceAssemblies))
        {
            Assert.Ignore($"The .NET Framework 4.7.2 reference assemblies are not at {referenceAssemblies}.");
        }

        var framework = Directory.EnumerateFiles(referenceAssemblies, "*.dll")
            .Concat(Directory.EnumerateFiles(Path.Combine(referenceAssemblies, "Facades"), "*.dll"))
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Append("mscorlib")
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.That(MissingReferences("tasks/net472/", framework), Is.Empty);
    }

    [Test]
    public void Net8_task_folder_ships_every_reference_the_runtime_does_not_provide_and_nothing_it_does()
    {
        var runtime = Directory.EnumerateFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var shipped = ShippedAssemblies("tasks/net8.0/").Keys;

        Assert.That(MissingReferences("tasks/net8.0/", runtime), Is.Empty);
        Assert.That(shipped.Where(runtime.Contains), Is.Empty, "the runtime already has these");
    }

    /// <summary>"Referencing.dll -> Name Version" for each reference not provided by the host or the folder.</summary>
    private static List<string> MissingReferences(string folder, ISet<string> hostProvided)
    {
        var shipped = ShippedAssemblies(folder);
        var missing = new List<string>();
        foreach (var (name, assembly) in shipped)
        {
            foreach (var (reference, version) in assembly.References)
            {
                if (reference.StartsWith("Microsoft.Build", StringComparison.Ordinal) || hostProvided.Contains(reference))
                {
                    continue;
                }

                if (!shipped.TryGetValue(reference, out var beside) || beside.Version < version)
                {
                    missing.Add($"{name}.dll -> {reference} {version} (shipped: {(beside is null ? "none" : beside.Version.ToString())})");
                }
            }
        }

        return missing;
    }

    private static Dictionary<string, AssemblyFacts> ShippedAssemblies(string folder)
    {
        using var package = ZipFile.OpenRead(PackageFeed.Current.PackagePath);
        var result = new Dictionary<string, AssemblyFacts>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in package.Entries.Where(e => e.FullName.StartsWith(folder, StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
        {
            using var buffer = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(buffer);
            }

            buffer.Position = 0;
            using var pe = new PEReader(buffer);
            var metadata = pe.GetMetadataReader();
            var definition = metadata.GetAssemblyDefinition();
            var references = metadata.AssemblyReferences
                .Select(handle => metadata.GetAssemblyReference(handle))
                .Select(reference => (metadata.GetString(reference.Name), reference.Version))
                .ToList();
            result[metadata.GetString(definition.Name)] = new AssemblyFacts(definition.Version, references);
        }

        return result;
    }

    private sealed record AssemblyFacts(Version Version, IReadOnlyList<(string Name, Version Version)> References);
}
