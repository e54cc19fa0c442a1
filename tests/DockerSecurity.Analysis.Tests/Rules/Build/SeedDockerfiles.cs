using System;
using System.IO;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Rules.Build;

/// <summary>Dockerfiles of the hardening standard (../shared/seeds), read in place; the test is skipped when the folder is absent.</summary>
internal static class SeedDockerfiles
{
    /// <summary>The first ```dockerfile block after the heading <paramref name="heading"/> of the implementation guide.</summary>
    public static string SecureTemplate(string heading = "### Secure Dockerfile Template")
    {
        var text = File.ReadAllText(SharedFolder.Require("seeds/000_2f0267825a5c623d.txt")).Replace("\r\n", "\n");
        var at = text.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), heading + " not found in the seed");
        var start = text.IndexOf("```dockerfile\n", at, StringComparison.Ordinal) + "```dockerfile\n".Length;
        var end = text.IndexOf("```", start, StringComparison.Ordinal);
        return text.Substring(start, end - start);
    }
}
