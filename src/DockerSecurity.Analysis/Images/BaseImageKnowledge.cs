using System;
using System.Collections.Generic;
using System.Linq;

namespace DockerSecurity.Analysis.Images;

/// <summary>
/// The one table of what we know about public base images, documented in docs/base-images.md.
/// Each trait is decided by the first matching row of its own list; an image nobody listed is
/// <see cref="ImageTraits.Unknown"/> apart from what its tag says (slim, alpine, ...).
/// </summary>
public static class BaseImageKnowledge
{
    private const string DockerHub = "docker.io";
    private const string Mcr = "mcr.microsoft.com";

    private static readonly string[] WindowsServerCore = { "windowsservercore" };

    private static readonly string[] WindowsTagWords = { "nanoserver", "windowsservercore" };

    /// <summary>Repositories whose images are minimal whatever the tag says.</summary>
    private static readonly ImagePattern[] MinimalImages =
    {
        new(DockerHub, "library/alpine"),
        new(DockerHub, "library/busybox"),
        new("gcr.io", "distroless/*"),
        new("cgr.dev", "chainguard/*"),
        new(Mcr, "azurelinux/distroless/*"),
        new(Mcr, "cbl-mariner/distroless/*"),
        new("registry.access.redhat.com", "*/ubi-minimal"),
        new("registry.access.redhat.com", "*/ubi-micro"),
        // Microsoft's .NET runtime images carry only the runtime's dependencies (Debian images are built on -slim);
        // their Windows Server Core variants are full Windows.
        new(Mcr, "dotnet/runtime-deps", exceptTagWords: WindowsServerCore),
        new(Mcr, "dotnet/runtime", exceptTagWords: WindowsServerCore),
        new(Mcr, "dotnet/aspnet", exceptTagWords: WindowsServerCore),
        new(Mcr, "dotnet/nightly/runtime-deps", exceptTagWords: WindowsServerCore),
        new(Mcr, "dotnet/nightly/runtime", exceptTagWords: WindowsServerCore),
        new(Mcr, "dotnet/nightly/aspnet", exceptTagWords: WindowsServerCore),
        new(Mcr, "windows/nanoserver"),
    };

    /// <summary>Tag words that name a minimal variant (<c>3.11.7-slim</c>, <c>alpine3.20</c>, <c>8.0-noble-chiseled</c>).</summary>
    private static readonly string[] MinimalTagWords = { "slim", "alpine", "distroless", "chiseled", "minimal", "micro", "nanoserver" };

    /// <summary>Images whose default user is not root.</summary>
    private static readonly ImagePattern[] NonRootImages =
    {
        new(Mcr, "dotnet/*", tagWord: "chiseled"),
        new(Mcr, "dotnet/*", tagWord: "distroless"),
        new("gcr.io", "distroless/*", tagWord: "nonroot"),
        new("cgr.dev", "chainguard/*"),
        new(DockerHub, "nginxinc/nginx-unprivileged"),
        // Nano Server runs as ContainerUser; Server Core as ContainerAdministrator.
        new(Mcr, "*", tagWord: "nanoserver"),
        new(Mcr, "windows/nanoserver"),
    };

    /// <summary>SDK and compiler images: build stages only.</summary>
    private static readonly ImagePattern[] ToolchainImages =
    {
        new(Mcr, "dotnet/sdk"),
        new(Mcr, "dotnet/nightly/sdk"),
        new(Mcr, "dotnet/framework/sdk"),
        new(DockerHub, "library/golang"),
        new(DockerHub, "library/rust"),
        new(DockerHub, "library/gcc"),
        new(DockerHub, "library/maven"),
        new(DockerHub, "library/gradle"),
        new(DockerHub, "library/openjdk"),
        new(DockerHub, "library/buildpack-deps"),
        new(DockerHub, "library/amazoncorretto"),
        new(DockerHub, "library/eclipse-temurin", tagWord: "jdk"),
        new(DockerHub, "library/sbt"),
        new(DockerHub, "library/swift"),
        new(DockerHub, "library/haskell"),
        // The full node images are built on buildpack-deps (gcc, make, python); slim and alpine are not.
        new(DockerHub, "library/node", exceptTagWords: new[] { "slim", "alpine" }),
    };

    private static readonly ImagePattern[] WindowsImages =
    {
        new(Mcr, "windows/*"),
        new(Mcr, "windows"),
        new(Mcr, "*", tagWord: "nanoserver"),
        new(Mcr, "*", tagWord: "windowsservercore"),
        new(Mcr, "*", tagWord: "ltsc2019"),
        new(Mcr, "*", tagWord: "ltsc2022"),
        new(Mcr, "*", tagWord: "ltsc2025"),
    };

    /// <summary>Users that exist in the images, beyond <see cref="SystemUsers"/>.</summary>
    private static readonly (ImagePattern Image, string[] Users)[] ImageUsers =
    {
        // The app user (UID 1654, $APP_UID) of the Linux images since .NET 8; Windows images have none.
        (new(Mcr, "dotnet/*", exceptTagWords: WindowsTagWords), new[] { "app" }),
        (new(DockerHub, "library/node"), new[] { "node" }),
        (new("gcr.io", "distroless/*"), new[] { "nonroot" }),
        (new("cgr.dev", "chainguard/*"), new[] { "nonroot" }),
        (new(DockerHub, "library/nginx"), new[] { "nginx" }),
        (new(DockerHub, "nginxinc/*"), new[] { "nginx" }),
        (new(DockerHub, "library/postgres"), new[] { "postgres" }),
        (new(DockerHub, "library/redis"), new[] { "redis" }),
        (new(DockerHub, "library/mongo"), new[] { "mongodb" }),
        (new(DockerHub, "library/ubuntu"), new[] { "ubuntu" }),
        (new(DockerHub, "library/httpd"), new[] { "www-data" }),
        (new(DockerHub, "library/rabbitmq"), new[] { "rabbitmq" }),
        (new(DockerHub, "library/elasticsearch"), new[] { "elasticsearch" }),
        (new(DockerHub, "library/jenkins"), new[] { "jenkins" }),
        (new(DockerHub, "jenkins/*"), new[] { "jenkins" }),
    };

    /// <summary>The accounts every Windows base image has: Nano Server runs as the first, Server Core as the second.</summary>
    public static IReadOnlyCollection<string> WindowsUsers { get; } = new[] { "ContainerUser", "ContainerAdministrator" };

    /// <summary>
    /// System users of the common Linux bases (Debian, Ubuntu, Alpine, RHEL, BusyBox), accepted for every
    /// Linux image although not every base has each of them (Alpine has no www-data, Debian no guest).
    /// </summary>
    public static IReadOnlyCollection<string> SystemUsers { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "root", "daemon", "bin", "nobody", "www-data", "games", "mail", "guest" };

    /// <summary>Every row of the table with the trait it decides (<c>minimal</c>, <c>non-root</c>, <c>toolchain</c>, <c>windows</c>, <c>users</c>), for the documentation.</summary>
    internal static IEnumerable<(string Trait, ImagePattern Image, IReadOnlyList<string> Users)> Rows()
    {
        var none = Array.Empty<string>();
        foreach (var pattern in MinimalImages)
        {
            yield return ("minimal", pattern, none);
        }

        foreach (var pattern in NonRootImages)
        {
            yield return ("non-root", pattern, none);
        }

        foreach (var pattern in ToolchainImages)
        {
            yield return ("toolchain", pattern, none);
        }

        foreach (var pattern in WindowsImages)
        {
            yield return ("windows", pattern, none);
        }

        foreach (var (pattern, users) in ImageUsers)
        {
            yield return ("users", pattern, users);
        }
    }

    /// <summary>The tag words that make any image minimal.</summary>
    internal static IReadOnlyList<string> MinimalVariantWords => MinimalTagWords;

    public static ImageTraits Describe(ImageReference image) => Describe(image.Domain, image.Repository ?? "", image.Tag);

    /// <param name="registry">The registry host; null, <c>docker.io</c> and <c>index.docker.io</c> mean Docker Hub.</param>
    /// <param name="repository">The path; Docker Hub official images may be given with or without <c>library/</c>.</param>
    /// <param name="tag">The tag, or null.</param>
    public static ImageTraits Describe(string? registry, string repository, string? tag)
    {
        var image = new ImageName(NormalizeRegistry(registry), NormalizeRepository(registry, repository), tag ?? "");
        if (image.Registry == DockerHub && image.Repository == "library/scratch")
        {
            return new ImageTraits { IsMinimal = true, Source = "scratch" };
        }

        var isWindows = WindowsImages.Any(p => p.Matches(image));
        var users = ImageUsers.Where(row => row.Image.Matches(image)).SelectMany(row => row.Users);
        return new ImageTraits
        {
            IsMinimal = MinimalImages.Any(p => p.Matches(image)) || MinimalTagWords.Any(word => ImagePattern.TagHasWord(image.Tag, word)),
            RunsAsNonRoot = NonRootImages.Any(p => p.Matches(image)),
            IsToolchain = ToolchainImages.Any(p => p.Matches(image)),
            IsWindows = isWindows,
            Users = (isWindows ? users.Concat(WindowsUsers) : users).ToArray(),
        };
    }

    private static string NormalizeRegistry(string? registry) =>
        registry is null or "" or "docker.io" or "index.docker.io" or "registry-1.docker.io" ? DockerHub : registry.ToLowerInvariant();

    private static string NormalizeRepository(string? registry, string repository) =>
        NormalizeRegistry(registry) == DockerHub && repository.IndexOf('/') < 0 ? "library/" + repository : repository;
}
