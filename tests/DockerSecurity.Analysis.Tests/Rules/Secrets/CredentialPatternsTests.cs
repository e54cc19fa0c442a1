using System.Diagnostics;
using System.Linq;
using DockerSecurity.Analysis.Rules.Secrets;

namespace DockerSecurity.Analysis.Tests.Rules.Secrets;

public class CredentialPatternsTests
{
    private static string[] Found(string text) => CredentialPatterns.Find(text).Select(m => text.Substring(m.Start, m.Length)).ToArray();

    private static string[] Kinds(string text) => CredentialPatterns.Find(text).Select(m => m.Kind.ToString()).ToArray();

    [TestCase("AKIAZ7QWERTY12345678", "AwsAccessKeyId")]
    [TestCase("ASIAZ7QWERTY12345678", "AwsAccessKeyId")]
    [TestCase("ghp_0123456789abcdefghijABCDEFGHIJklmnop", "GitHubToken")]
    [TestCase("ghs_0123456789abcdefghijABCDEFGHIJklmnop", "GitHubToken")]
    [TestCase("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", "GitHubToken")]
    [TestCase("glpat-AbCdEfGhIj0123456789", "GitLabToken")]
    [TestCase("xoxp-1234567890-0987654321-AbCdEf", "SlackToken")]
    [TestCase("hooks.slack.com/services/T000AAAA/B000BBBB/XXXXXXXXXXXXXXXXXXXXXXXX", "SlackWebhook")]
    [TestCase("rk_live_4eC39HqLyjWDarjtT1zdp7dc", "StripeSecretKey")]
    [TestCase("AIzaSyA-0123456789abcdefghijABCDEFGHIJk", "GoogleApiKey")]
    [TestCase("npm_shVv5UTG79BG16QmtsL4F28GzL2cEpVZzAQl", "NpmToken")]
    [TestCase("SG.0123456789abcdefghijAB.0123456789abcdefghijABCDEFGHIJabcdefghijABC", "SendGridKey")]
    [TestCase("sk-proj-0123456789abcdefghijABCDEFGHIJ0123456789ab", "OpenAiKey")]
    [TestCase("sk-0123456789abcdefghijT3BlbkFJ0123456789abcdefghij", "OpenAiKey")]
    [TestCase("dckr_pat_AbCdEfGhIjKlMnOpQrStUvWxYz0", "DockerHubToken")]
    [TestCase("hf_AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGh", "HuggingFaceToken")]
    [TestCase("dop_v1_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "DigitalOceanToken")]
    public void Token_formats(string token, string kind)
    {
        var text = $"x=\"{token}\";";
        Assert.Multiple(() =>
        {
            Assert.That(Found(text), Is.EqualTo(new[] { token }));
            Assert.That(Kinds(text), Is.EqualTo(new[] { kind }));
        });
    }

    [TestCase("ghp_0123456789abcdefghijABCDEFGHIJklmno")] // 35 characters
    [TestCase("ghp_0123456789abcdefghijABCDEFGHIJklmnopq")] // 37 characters
    [TestCase("xghp_0123456789abcdefghijABCDEFGHIJklmnop")]
    [TestCase("AKIAIOSFODNN7EXAMPLE")]
    [TestCase("AKIAz7qwerty12345678")]
    [TestCase("sk_test_4eC39HqLyjWDarjtT1zdp7dc")]
    [TestCase("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U")]
    [TestCase("-----BEGIN PRIVATE KEY-----")]
    [TestCase("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0123456789")]
    public void Lookalikes_are_not_credentials(string text) => Assert.That(Found(text), Is.Empty);

    [TestCase("https://user:pa55word@host/x", "pa55word")]
    [TestCase("postgres://u:p@ss@db/x", "p@ss")]
    [TestCase("redis://:secret@cache", "secret")]
    [TestCase("${URL:-amqp://guest:guest-pw@rabbit}", "guest-pw")]
    [TestCase("jdbc:postgresql://app:pw1@db/app", "pw1")]
    [TestCase("\"https://a:b@h\"", "b")]
    public void Url_passwords(string text, string password) => Assert.That(Found(text), Is.EqualTo(new[] { password }));

    [TestCase("https://user@host/x")]
    [TestCase("https://user:@host/x")]
    [TestCase("https://user:${PW}@host")]
    [TestCase("https://user:$PW@host")]
    [TestCase("https://user:$(cat /run/secrets/pw)@host")]
    [TestCase("https://user:*****@host")]
    [TestCase("https://user:xxxx@host")]
    [TestCase("https://user:{{ .Password }}@host")]
    [TestCase("https://user:%PASSWORD%@host")]
    [TestCase("ssh://git@host:22/repo")]
    [TestCase("https://host/path?u=a:b@c")]
    [TestCase("1://a:b@c")]
    public void Not_url_passwords(string text) => Assert.That(Found(text), Is.Empty);

    [TestCase("Server=db;Password=Pa55;", "Pa55")]
    [TestCase("Server=db; Pwd=Pa55", "Pa55")]
    [TestCase("password=Pa55;host=db", "Pa55")]
    [TestCase("//r/:_authToken=abc123", "abc123")]
    [TestCase("AccountName=a;AccountKey=UVl4nuYV+d8fNYvvDbzDZST6IaXqA2h9Uz0+T1Sa==", "UVl4nuYV+d8fNYvvDbzDZST6IaXqA2h9Uz0+T1Sa==")]
    public void Keyed_values(string text, string secret) => Assert.That(Found(text), Is.EqualTo(new[] { secret }));

    [TestCase("PASSWORD=x")]
    [TestCase("DB_PASSWORD=x;")]
    [TestCase("Server=db;Password=;")]
    [TestCase("Server=db;Password=${DB_PASSWORD};")]
    [TestCase("//r/:_authToken=${NPM_TOKEN}")]
    public void Not_keyed_values(string text) => Assert.That(Found(text), Is.Empty);

    [Test]
    public void Private_key_is_reported_at_its_begin_line_with_material_after_it()
    {
        const string text = "-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0123456789ABCDEF\n\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oS7HpC0aHR2JoAoGCCqGSM49\n-----END EC PRIVATE KEY-----";
        var match = CredentialPatterns.Find(text).Single();
        Assert.Multiple(() =>
        {
            Assert.That(text.Substring(match.Start, match.Length), Is.EqualTo("-----BEGIN EC PRIVATE KEY-----"));
            Assert.That(match.Redacted(text), Is.EqualTo("-----BEGIN EC PRIVATE KEY-----"));
        });
    }

    [Test]
    public void Redaction_keeps_only_the_format_marker()
    {
        const string text = "token=ghp_0123456789abcdefghijABCDEFGHIJklmnop url=https://u:hunter2hunter2@h";
        var matches = CredentialPatterns.Find(text);
        Assert.That(matches.Select(m => m.Redacted(text)), Is.EqualTo(new[] { "ghp_*****", "hu*****" }));
    }

    [Test]
    public void Token_inside_a_url_wins_over_the_url_password()
    {
        const string text = "https://oauth2:glpat-AbCdEfGhIj0123456789@gitlab.example.com/a.git";
        Assert.That(Kinds(text), Is.EqualTo(new[] { "GitLabToken" }));
    }

    [TestCase("a://")]
    [TestCase("ghp_")]
    [TestCase("glpat-")]
    [TestCase("Password=")]
    [TestCase("AccountKey=")]
    [TestCase("-----BEGIN PRIVATE KEY-----")]
    [TestCase("-----BEGIN ")]
    [TestCase("x:y@")]
    [TestCase(";Pwd=a")]
    public void Adversarial_repetition_runs_in_linear_time(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 1_000_000 / unit.Length));
        var watch = Stopwatch.StartNew();
        CredentialPatterns.Find(text);
        CredentialPatterns.Find("https://" + text);
        Assert.That(watch.Elapsed.TotalSeconds, Is.LessThan(10));
    }
}
