using DockerSecurity.Analysis.Images;

namespace DockerSecurity.Analysis.Tests.Images;

public class BaseImageKnowledgeTests
{
    [TestCase("mcr.microsoft.com", "dotnet/aspnet", "8.0.11-noble-chiseled", true)]
    [TestCase("mcr.microsoft.com", "dotnet/runtime-deps", "9.0-noble-chiseled-extra", true)]
    [TestCase("mcr.microsoft.com", "dotnet/aspnet", "9.0-azurelinux3.0-distroless", true)]
    [TestCase("gcr.io", "distroless/static-debian12", "nonroot", true)]
    [TestCase("gcr.io", "distroless/base-debian12", "debug-nonroot", true)]
    [TestCase("cgr.dev", "chainguard/static", "latest", true)]
    [TestCase(null, "nginxinc/nginx-unprivileged", "1.27.3-alpine", true)]
    [TestCase("mcr.microsoft.com", "dotnet/aspnet", "9.0-nanoserver-ltsc2022", true)]
    [TestCase("mcr.microsoft.com", "windows/servercore", "ltsc2022", false)]
    [TestCase("mcr.microsoft.com", "dotnet/aspnet", "8.0.11", false)]
    [TestCase("mcr.microsoft.com", "dotnet/aspnet", "8.0.11-alpine3.20", false)]
    [TestCase("gcr.io", "distroless/static-debian12", "latest", false)]
    [TestCase(null, "python", "3.11.7-slim", false)]
    [TestCase(null, "ubuntu", "24.04", false)]
    public void Default_user_is_known_non_root_only_where_documented(string? registry, string repository, string tag, bool nonRoot) =>
        Assert.That(BaseImageKnowledge.Describe(registry, repository, tag).RunsAsNonRoot, Is.EqualTo(nonRoot));

    [TestCase(null, "python", "3.11.7-slim", true)]
    [TestCase("docker.io", "library/node", "20.18.1-alpine3.20", true)]
    [TestCase(null, "debian", "bookworm-20241202-slim", true)]
    [TestCase(null, "alpine", "3.20.3", true)]
    [TestCase(null, "scratch", null, true)]
    [TestCase("gcr.io", "distroless/python3-debian12", "latest", true)]
    [TestCase("mcr.microsoft.com", "dotnet/aspnet", "9.0.0", true)]
    [TestCase("mcr.microsoft.com", "dotnet/runtime", "8.0.11-nanoserver-ltsc2022", true)]
    [TestCase("registry.access.redhat.com", "ubi9/ubi-minimal", "9.5", true)]
    [TestCase("mcr.microsoft.com", "windows/nanoserver", "ltsc2022", true)]
    [TestCase("mcr.microsoft.com", "dotnet/aspnet", "9.0.0-nanoserver-ltsc2022", true)]
    [TestCase("mcr.microsoft.com", "dotnet/aspnet", "9.0.0-windowsservercore-ltsc2022", false)]
    [TestCase("mcr.microsoft.com", "dotnet/runtime", "8.0.11-windowsservercore-ltsc2019", false)]
    [TestCase("mcr.microsoft.com", "windows/servercore", "ltsc2022", false)]
    [TestCase("mcr.microsoft.com", "dotnet/framework/aspnet", "4.8.1-windowsservercore-ltsc2022", false)]
    [TestCase(null, "python", "3.11.7", false)]
    [TestCase(null, "ubuntu", "24.04", false)]
    [TestCase("mcr.microsoft.com", "dotnet/sdk", "9.0.100", false)]
    [TestCase(null, "node", "20.18.1", false)]
    public void Minimal_variants(string? registry, string repository, string? tag, bool minimal) =>
        Assert.That(BaseImageKnowledge.Describe(registry, repository, tag).IsMinimal, Is.EqualTo(minimal));

    [TestCase("mcr.microsoft.com", "dotnet/sdk", "9.0.100", true)]
    [TestCase(null, "golang", "1.23.4-alpine3.20", true)]
    [TestCase(null, "maven", "3.9.9-eclipse-temurin-21", true)]
    [TestCase(null, "node", "20.18.1-bookworm", true)]
    [TestCase(null, "eclipse-temurin", "21.0.5_11-jdk-noble", true)]
    [TestCase(null, "eclipse-temurin", "21.0.5_11-jre-noble", false)]
    [TestCase(null, "node", "20.18.1-bookworm-slim", false)]
    [TestCase(null, "node", "20.18.1-alpine3.20", false)]
    [TestCase("mcr.microsoft.com", "dotnet/aspnet", "9.0.0", false)]
    [TestCase(null, "python", "3.12.8-slim", false)]
    public void Toolchain_images(string? registry, string repository, string tag, bool toolchain) =>
        Assert.That(BaseImageKnowledge.Describe(registry, repository, tag).IsToolchain, Is.EqualTo(toolchain));

    [TestCase("mcr.microsoft.com", "dotnet/aspnet", "9.0-nanoserver-ltsc2022", true)]
    [TestCase("mcr.microsoft.com", "windows/servercore", "ltsc2022", true)]
    [TestCase("mcr.microsoft.com", "dotnet/framework/sdk", "4.8.1-windowsservercore-ltsc2022", true)]
    [TestCase("mcr.microsoft.com", "dotnet/aspnet", "9.0-noble-chiseled", false)]
    [TestCase(null, "python", "3.12.8-slim", false)]
    public void Windows_images(string? registry, string repository, string tag, bool windows) =>
        Assert.That(BaseImageKnowledge.Describe(registry, repository, tag).IsWindows, Is.EqualTo(windows));

    [Test]
    public void Dotnet_images_define_the_app_user() =>
        Assert.That(BaseImageKnowledge.Describe("mcr.microsoft.com", "dotnet/aspnet", "8.0.11").Users, Is.EquivalentTo(new[] { "app" }));

    [Test]
    public void Windows_dotnet_images_have_the_windows_accounts_not_the_app_user() =>
        Assert.That(BaseImageKnowledge.Describe("mcr.microsoft.com", "dotnet/aspnet", "9.0.0-nanoserver-ltsc2022").Users, Is.EquivalentTo(new[] { "ContainerUser", "ContainerAdministrator" }));

    [Test]
    public void Linux_images_have_no_windows_accounts() =>
        Assert.That(BaseImageKnowledge.Describe(null, "python", "3.12.8-slim").Users, Is.Empty);

    [Test]
    public void Node_images_define_the_node_user() =>
        Assert.That(BaseImageKnowledge.Describe(null, "node", "20.18.1-alpine3.20").Users, Is.EquivalentTo(new[] { "node" }));
}
