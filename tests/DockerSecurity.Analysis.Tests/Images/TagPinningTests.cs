using DockerSecurity.Analysis.Images;

namespace DockerSecurity.Analysis.Tests.Images;

public class TagPinningTests
{
    [TestCase("library/python", null, TagPin.Missing)]
    [TestCase("library/python", "latest", TagPin.Latest)]
    [TestCase("library/python", "LATEST", TagPin.Latest)]
    [TestCase("library/python", "3.11-slim", TagPin.Floating)]
    [TestCase("library/python", "3.11.7-slim", TagPin.FullVersion)]
    [TestCase("library/node", "lts", TagPin.Floating)]
    [TestCase("library/node", "lts-alpine", TagPin.Floating)]
    [TestCase("library/node", "20.18.1-alpine3.20", TagPin.FullVersion)]
    [TestCase("library/alpine", "3", TagPin.Floating)]
    [TestCase("library/alpine", "3.20", TagPin.Floating)]
    [TestCase("library/alpine", "3.20.3", TagPin.FullVersion)]
    [TestCase("library/nginx", "mainline-alpine3.20", TagPin.Floating)]
    [TestCase("library/nginx", "1.27.3-alpine", TagPin.FullVersion)]
    [TestCase("dotnet/aspnet", "10.0-noble-chiseled", TagPin.Floating)]
    [TestCase("dotnet/aspnet", "8.0.11-noble-chiseled", TagPin.FullVersion)]
    [TestCase("dotnet/aspnet", "9.0-nanoserver-ltsc2022", TagPin.Floating)]
    [TestCase("dotnet/sdk", "8.0", TagPin.Floating)]
    [TestCase("library/debian", "bookworm", TagPin.Floating)]
    [TestCase("library/debian", "bookworm-slim", TagPin.Floating)]
    [TestCase("library/debian", "bookworm-20241202-slim", TagPin.FullVersion)]
    [TestCase("library/ubuntu", "noble-20241118.1", TagPin.FullVersion)]
    [TestCase("library/ubuntu", "24.04", TagPin.FullVersion)]
    [TestCase("library/postgres", "16.6-alpine", TagPin.FullVersion)]
    [TestCase("library/postgres", "16", TagPin.Floating)]
    [TestCase("library/redis", "7.4", TagPin.Floating)]
    [TestCase("library/eclipse-temurin", "21.0.5_11-jre-noble", TagPin.FullVersion)]
    [TestCase("library/maven", "3.9.9-eclipse-temurin-21", TagPin.FullVersion)]
    [TestCase("distroless/static-debian12", "nonroot", TagPin.Floating)]
    [TestCase("windows/servercore", "ltsc2022", TagPin.Floating)]
    [TestCase("windows/servercore", "10.0.20348.2849", TagPin.FullVersion)]
    [TestCase("myorg/app", "v1.2.3", TagPin.FullVersion)]
    [TestCase("myorg/app", "20241399", TagPin.Floating)]
    public void Classify(string repository, string? tag, TagPin expected) =>
        Assert.That(TagPinning.Classify(repository, tag), Is.EqualTo(expected));
}
