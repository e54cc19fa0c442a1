using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using DockerSecurity.Testing;

namespace DockerSecurity.IntegrationTests;

/// <summary>
/// Packs DockerSecurity.Build once per test run, with a version no cache has seen, into a temporary feed;
/// every consumer restores it into one private NuGet packages folder for the run.
/// </summary>
[SetUpFixture]
public sealed class PackageFeed
{
    private static PackageFeed? current;

    public static PackageFeed Current => current ?? throw new InvalidOperationException("The package feed is set up once per run by NUnit.");

    /// <summary>The run's folder under the system temp path: feed, packages and consumer projects.</summary>
    public string RunDirectory { get; private set; } = "";

    public string FeedDirectory => Path.Combine(RunDirectory, "feed");

    /// <summary>NUGET_PACKAGES for every consumer build of this run.</summary>
    public string PackagesDirectory => Path.Combine(RunDirectory, "packages");

    public string Version { get; private set; } = "";

    public string PackagePath => Path.Combine(FeedDirectory, $"DockerSecurity.Build.{Version}.nupkg");

    /// <summary>
    /// The machine's NuGet packages folder, offered read-only as a second feed for the SDK's own packages
    /// (NETStandard.Library for a netstandard2.0 target); restoring the repository has filled it.
    /// </summary>
    public string MachinePackagesDirectory { get; } = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
        ? configured
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    public IReadOnlyDictionary<string, string> BuildEnvironment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesDirectory };

    [OneTimeSetUp]
    public void Pack()
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        Version = $"0.1.0-e2e.{stamp}.{Environment.ProcessId}";
        RunDirectory = Path.Combine(Path.GetTempPath(), $"dks-e2e-{stamp}-{Environment.ProcessId}");
        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(PackagesDirectory);

        var repository = SharedFolder.RepositoryRoot;
        var stopwatch = Stopwatch.StartNew();
        var pack = DotNet.Run(
            repository,
            new Dictionary<string, string>(),
            "pack", Path.Combine(repository, "src", "DockerSecurity.Build", "DockerSecurity.Build.csproj"),
            "-c", "Release",
            "-o", FeedDirectory,
            $"-p:Version={Version}",
            // Its own bin/obj, so packing never disturbs the developer's build of the same projects.
            "-p:UseArtifactsOutput=true",
            $"-p:ArtifactsPath={Path.Combine(repository, "artifacts", "e2e")}",
            "-nodeReuse:false", "--disable-build-servers", "-tl:off", "-v:m", "-nologo");
        Assert.That(pack.ExitCode, Is.EqualTo(0), pack.ToString);
        Assert.That(File.Exists(PackagePath), Is.True, $"{PackagePath} was not created:\n{pack.Output}");
        TestContext.Progress.WriteLine($"Packed DockerSecurity.Build {Version} in {stopwatch.Elapsed.TotalSeconds:F1}s");
        current = this;
    }

    [OneTimeTearDown]
    public void Remove()
    {
        if (RunDirectory.Length > 0 && Directory.Exists(RunDirectory) && Environment.GetEnvironmentVariable("DKS_E2E_KEEP") != "1")
        {
            try
            {
                Directory.Delete(RunDirectory, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
