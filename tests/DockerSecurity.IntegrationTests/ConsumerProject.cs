using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using System.Text.Json;

namespace DockerSecurity.IntegrationTests;

/// <summary>
/// A project that uses the packed DockerSecurity.Build, in its own folder under the run's temp folder,
/// walled off from everything above it: root .editorconfig, empty Directory.Build.props/.targets,
/// nuget.config with only the run's feed and the machine's package folder.
/// </summary>
internal sealed class ConsumerProject
{
    /// <summary>A Dockerfile the engine refuses today and will keep refusing: a NUL byte at line 2, column 1.</summary>
    public const string BinaryDockerfile = "FROM alpine:3.20.3\n\0\n";

    private readonly PackageFeed feed;

    /// <param name="projectFolder">Where the project file goes, relative to the consumer folder (its root by default).</param>
    public ConsumerProject(string name, string projectBody = "", string targetFrameworks = "net10.0", string projectFolder = "")
    {
        feed = PackageFeed.Current;
        Name = name;
        Directory = Path.Combine(feed.RunDirectory, "projects", name);
        ProjectDirectory = Path.GetFullPath(Path.Combine(Directory, projectFolder));
        System.IO.Directory.CreateDirectory(ProjectDirectory);
        Write(".editorconfig", "root = true\n");
        Write("Directory.Build.props", "<Project />\n");
        Write("Directory.Build.targets", "<Project />\n");
        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="e2e" value="{SecurityElement.Escape(feed.FeedDirectory)}" />
                <add key="machine" value="{SecurityElement.Escape(feed.MachinePackagesDirectory)}" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="e2e">
                  <package pattern="DockerSecurity.Build" />
                </packageSource>
                <packageSource key="machine">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        Write(Path.Combine(projectFolder, ProjectFileName), ProjectXml(targetFrameworks, projectBody));
    }

    public string Name { get; }

    /// <summary>The consumer folder: nuget.config, .editorconfig and the walls against the folders above.</summary>
    public string Directory { get; }

    public string ProjectDirectory { get; }

    public string ProjectFileName => Name + ".csproj";

    public string ProjectPath => Path.Combine(ProjectDirectory, ProjectFileName);

    /// <summary>Writes a file relative to the consumer folder (UTF-8, no BOM, NUL characters as bytes) and returns its absolute path.</summary>
    public string Write(string relativePath, string text)
    {
        var full = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, new UTF8Encoding(false).GetBytes(text));
        return full;
    }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    /// <summary><c>dotnet build</c> as a developer types it, plus the switches that keep the machine clean.</summary>
    public BuildOutput Build(params string[] extraArguments) =>
        new(DotNet.Run(ProjectDirectory, feed.BuildEnvironment, new[] { "build", "--disable-build-servers" }.Concat(DotNet.QuietBuildSwitches).Concat(extraArguments).ToArray()));

    /// <summary><c>dotnet restore</c>, asserting that it succeeds: the tests that restore first then run targets without <c>-restore</c>.</summary>
    public void Restore()
    {
        var restore = DotNet.Run(ProjectDirectory, feed.BuildEnvironment, new[] { "restore", "--disable-build-servers" }.Concat(DotNet.QuietBuildSwitches).ToArray());
        Assert.That(restore.ExitCode, Is.EqualTo(0), restore.ToString);
    }

    public ProcessResult MSBuild(params string[] arguments) =>
        DotNet.Run(ProjectDirectory, feed.BuildEnvironment, new[] { "msbuild" }.Concat(DotNet.QuietBuildSwitches).Concat(arguments).ToArray());

    /// <summary>The evaluated items of the given types (restore first), as paths relative to the consumer folder, in item order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> EvaluatedItems(params string[] itemTypes)
    {
        Restore();
        var evaluation = DotNet.Run(ProjectDirectory, feed.BuildEnvironment, new[] { "msbuild", "-nologo" }.Concat(itemTypes.Select(type => "-getItem:" + type)).ToArray());
        Assert.That(evaluation.ExitCode, Is.EqualTo(0), evaluation.ToString);

        using var json = JsonDocument.Parse(evaluation.Output);
        var items = json.RootElement.GetProperty("Items");
        var result = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var type in itemTypes)
        {
            result[type] = items.TryGetProperty(type, out var list)
                ? list.EnumerateArray().Select(item => Path.GetRelativePath(Directory, item.GetProperty("FullPath").GetString()!).Replace('\\', '/')).ToList()
                : new List<string>();
        }

        return result;
    }

    /// <summary>Another project in the consumer folder, with the same package reference (for solutions).</summary>
    public string WriteProject(string relativeFolder, string name, string projectBody = "") =>
        Write(Path.Combine(relativeFolder, name + ".csproj"), ProjectXml("net10.0", projectBody));

    /// <summary>An SDK project for the target framework(s), referencing the packed DockerSecurity.Build.</summary>
    private string ProjectXml(string targetFrameworks, string projectBody)
    {
        var frameworks = targetFrameworks.Contains(';')
            ? $"<TargetFrameworks>{targetFrameworks}</TargetFrameworks>"
            : $"<TargetFramework>{targetFrameworks}</TargetFramework>";
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                {frameworks}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="DockerSecurity.Build" Version="{feed.Version}" PrivateAssets="all" />
              </ItemGroup>
            {projectBody}
            </Project>
            """;
    }

    /// <summary><c>dotnet build &lt;target&gt;</c> run from the consumer folder, e.g. a solution file.</summary>
    public BuildOutput BuildTarget(string relativeTarget, params string[] extraArguments) =>
        new(DotNet.Run(Directory, feed.BuildEnvironment, new[] { "build", relativeTarget, "--disable-build-servers" }.Concat(DotNet.QuietBuildSwitches).Concat(extraArguments).ToArray()));

    /// <summary>The console line MSBuild prints for a finding: file(line,col,endLine,endCol): kind code: message [project].</summary>
    public string ExpectedLine(string relativeFile, string kind, string code, (int Line, int Column, int EndLine, int EndColumn) span, string message) =>
        $"{PathOf(relativeFile)}({span.Line},{span.Column},{span.EndLine},{span.EndColumn}): {kind} {code}: {message} [{ProjectPath}]";

    /// <summary>The DKS0004 warning the engine gives <see cref="BinaryDockerfile"/>.</summary>
    public string BinaryDockerfileLine(string relativeFile, string kind = "warning") =>
        ExpectedLine(relativeFile, kind, "DKS0004", (2, 1, 2, 1), $"'{Path.GetFileName(relativeFile)}' is skipped: it is a binary file (it contains a NUL byte).");
}
