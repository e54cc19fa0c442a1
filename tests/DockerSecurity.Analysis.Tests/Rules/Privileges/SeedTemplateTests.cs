using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

/// <summary>The standard's own "Secure Docker Compose Template" passes every privilege rule; only DKS2020 (no custom profile) remains.</summary>
public class SeedTemplateTests : RuleTest
{
    private const string Seed = "seeds/000_2f0267825a5c623d.txt";

    private static readonly string[] QuietRules =
    {
        "DKS2001", "DKS2005", "DKS2006", "DKS2007", "DKS2008", "DKS2009", "DKS2010", "DKS2011", "DKS2012",
        "DKS2013", "DKS2014", "DKS2015", "DKS2016", "DKS2017", "DKS2018", "DKS2019",
    };

    [Test]
    public void Secure_compose_template_is_quiet_except_for_the_custom_profile_suggestion()
    {
        var seed = File.ReadAllText(SharedFolder.Require(Seed));
        var compose = CodeBlockAfter(seed, "### Secure Docker Compose Template", "yaml");
        var dockerfile = CodeBlockAfter(seed, "### Secure Dockerfile Template", "dockerfile");
        var securityOpt = compose.Split('\n').Select((line, i) => (line, i)).Single(x => x.line.Trim() == "security_opt:");

        var result = Compose(("docker-compose.yml", compose), ("services/api-gateway/Dockerfile", dockerfile))
            .ShouldNotReport(QuietRules)
            .ShouldNotReport("DKS0002", "DKS0003");
        var finding = result.Single("DKS2020");
        Assert.That((finding.Span.StartLine, finding.Span.StartColumn), Is.EqualTo((securityOpt.i + 1, securityOpt.line.IndexOf("security_opt", StringComparison.Ordinal) + 1)));
    }

    private static string CodeBlockAfter(string document, string heading, string language)
    {
        var match = Regex.Match(document, Regex.Escape(heading) + @"\s*```" + language + @"\n(.*?)```", RegexOptions.Singleline);
        Assert.That(match.Success, Is.True, $"{heading} has no {language} block in {Seed}");
        return match.Groups[1].Value;
    }
}
