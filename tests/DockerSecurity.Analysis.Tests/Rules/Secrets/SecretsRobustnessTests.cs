using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using DockerSecurity.Analysis.Rules.Secrets;

namespace DockerSecurity.Analysis.Tests.Rules.Secrets;

/// <summary>Large and odd input: the secrets rules stay fast and never throw.</summary>
public class SecretsRobustnessTests : RuleTest
{
    private const string Token = "ghp_0123456789abcdefghijABCDEFGHIJklmnop";

    [Test]
    public void Dockerfile_full_of_findings_is_analysed_in_linear_time()
    {
        var text = new StringBuilder("FROM alpine:3.20.3\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append("# ").Append(Token).Append('\n');
        }

        text.Append("RUN true");
        for (var i = 0; i < 5_000; i++)
        {
            // Docker limits a line to 64 KiB, so the RUN continues over many lines.
            text.Append(" \\\n && mysql -ppw").Append(i).Append(" https://u:pw").Append(i).Append("@h");
        }

        var watch = Stopwatch.StartNew();
        var result = Dockerfile(text.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Count(d => d.Id == "DKS4003"), Is.EqualTo(30_000));
            Assert.That(watch.Elapsed.TotalSeconds, Is.LessThan(30));
        });
    }

    [Test]
    public void Compose_block_value_full_of_tokens_is_analysed_quickly()
    {
        var text = new StringBuilder("services:\n  api:\n    image: ghcr.io/example/api:1.4.2\n    environment:\n      KEYS: |\n");
        for (var i = 0; i < 5_000; i++)
        {
            text.Append("        ").Append(Token).Append('\n');
        }

        var watch = Stopwatch.StartNew();
        var result = Compose(("compose.yaml", text.ToString()));
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Count(d => d.Id == "DKS4003"), Is.GreaterThanOrEqualTo(64));
            Assert.That(watch.Elapsed.TotalSeconds, Is.LessThan(30));
        });
    }

    [Test]
    public void Random_text_never_throws()
    {
        var random = new Random(4003);
        const string alphabet = "ghp_AKIAglpat-xoxb:/@$;={}\"'\\ \n\t-----BEGIN PRIVATE KEY-----Password=mysql -p--password=curl -u";
        for (var i = 0; i < 300; i++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = random.Next(10) == 0 ? (char)random.Next(0, 0x3000) : alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            Assert.DoesNotThrow(() => CredentialPatterns.Find(text), text);
            var result = Dockerfile("FROM alpine:3.20.3\nRUN " + text.Replace("\n", " ") + "\nENV A=" + text.Replace("\n", " ") + "\n");
            Assert.That(result.Diagnostics.Where(d => d.Id == "DKS0000"), Is.Empty, text);
        }
    }
}
