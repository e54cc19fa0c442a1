using System.Text;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Reporting;

/// <summary>A log that exercises every part of the SARIF output: levels, URIs, suppressions, fingerprints.</summary>
internal static class SarifSample
{
    public const string Root = "/repo";

    public static SarifLog Log() => new()
    {
        ToolVersion = "1.2.3",
        RepositoryRoot = Root,
        Results = new[]
        {
            new SarifResult(new Diagnostic(RuleCatalog.ImageTagMissingOrLatest, "/repo/src/api/Dockerfile", new SourceSpan(1, 6, 1, 19),
                "'python:latest' uses the 'latest' tag, so builds are not reproducible: pin a full version such as 'python:3.12.4-slim'.")
            {
                Evidence = "python:latest",
            }),
            new SarifResult(new Diagnostic(RuleCatalog.PackageVersionNotPinned, "/repo/src/api/Dockerfile", new SourceSpan(3, 24, 3, 28),
                "'curl' is installed without a pinned version.")),
            new SarifResult(new Diagnostic(RuleCatalog.HardcodedCredential, "/repo/deploy/docker-compose.yml", new SourceSpan(7, 9, 7, 40),
                "A hard-coded credential 'DB_PASSWORD=hu*****' is in the compose file: read it from a secret.")
            {
                Evidence = "DB_PASSWORD=hu*****",
            })
            {
                Suppressions = new[] { new Suppression(SuppressionKind.InSource, "Local development only.", "/repo/deploy/docker-compose.yml", new SourceSpan(6, 9, 6, 60)) },
            },
            new SarifResult(new Diagnostic(RuleCatalog.DefaultNetwork, "/repo/deploy/docker-compose.yml", new SourceSpan(3, 3, 3, 6),
                "Service 'web' is on the default network: declare 'networks:' to isolate tiers."))
            {
                Suppressions = new[] { new Suppression(SuppressionKind.External, "Accepted in the baseline '.dockersecurity-baseline.json'.", "/repo/.dockersecurity-baseline.json", new SourceSpan(4, 5, 9, 6)) },
            },
            new SarifResult(new Diagnostic(RuleCatalog.RunsAsRoot, "/repo/my app/Dockerfile.\u00fcber", new SourceSpan(2, 1, 4, 12),
                "The final stage has no USER, so the container runs as root: add 'USER app'.")
            {
                Severity = DiagnosticSeverity.Error,
            }),
            new SarifResult(new Diagnostic(RuleCatalog.FileSkipped, "/elsewhere/compose.yaml", new SourceSpan(1, 1, 1, 1),
                "'compose.yaml' is skipped: it is a binary file (it contains a NUL byte).")),
            new SarifResult(new Diagnostic(RuleCatalog.SshExposed, "/repo/src/api/Dockerfile", new SourceSpan(5, 8, 5, 10),
                "EXPOSE 22 publishes SSH.")
            {
                Severity = DiagnosticSeverity.None,
            }),
        },
    };

    public static string Text() => Encoding.UTF8.GetString(SarifWriter.ToUtf8(Log()));
}
