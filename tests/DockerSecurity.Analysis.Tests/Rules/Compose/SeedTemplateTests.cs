using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Rules.Compose;

/// <summary>The standard's own "Secure Docker Compose Template" (seed 000), read in place: what our rules say about it.</summary>
public class SeedTemplateTests : RuleTest
{
    private static readonly string[] HealthNetworkResourceAndComposeRules =
    {
        "DKS5003", "DKS5004", "DKS6002", "DKS6003", "DKS6004", "DKS6005", "DKS6006",
        "DKS7001", "DKS7002", "DKS7003", "DKS7004", "DKS7005", "DKS8001",
    };

    [Test]
    public void Secure_compose_template_only_keeps_its_version_key_and_lacks_a_pids_limit()
    {
        var seed = File.ReadAllText(SharedFolder.Require("seeds/000_2f0267825a5c623d.txt"));
        var compose = Block(seed, "### Secure Docker Compose Template", "yaml");
        var dockerfile = Block(seed, "### Secure Dockerfile Template", "dockerfile");

        var result = Compose(("docker-compose.yml", compose), ("services/api-gateway/Dockerfile", dockerfile));

        var reported = result.Diagnostics.Where(d => HealthNetworkResourceAndComposeRules.Contains(d.Id)).Select(d => d.Id).ToList();
        // version: '3.8' is obsolete; ulimits nproc is a per-user limit, not the per-container PIDs limit DKS7004 asks for.
        Assert.That(reported, Is.EquivalentTo(new[] { "DKS7004", "DKS8001" }), string.Join("\n", result.Diagnostics));
    }

    private static string Block(string text, string heading, string language)
    {
        var start = text.IndexOf(heading, System.StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), heading);
        var match = new Regex("```" + language + "\\n(.*?)```", RegexOptions.Singleline).Match(text, start);
        Assert.That(match.Success, Is.True, heading);
        return match.Groups[1].Value;
    }
}
