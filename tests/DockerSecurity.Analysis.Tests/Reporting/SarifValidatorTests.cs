using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Reporting;

/// <summary>
/// Runs Microsoft's SARIF validator (the SARIF Multitool from npm) on our output. It looks for the
/// tool at $SARIF_MULTITOOL, else under artifacts/tools/sarif-multitool (see <see cref="InstallCommand"/>).
/// Without it the test is skipped on a developer machine and fails under CI=true.
/// </summary>
public class SarifValidatorTests
{
    private const string Version = "5.7.0";

    private static readonly string Package = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "@microsoft/sarif-multitool-win32"
        : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "@microsoft/sarif-multitool-darwin"
        : "@microsoft/sarif-multitool-linux";

    private static string InstallCommand => $"npm install --prefix artifacts/tools/sarif-multitool {Package}@{Version}";

    [Test]
    public void Generated_log_has_no_validation_error_or_warning()
    {
        var tool = FindTool();
        var folder = Directory.CreateTempSubdirectory("dks-sarif-").FullName;
        try
        {
            var input = Path.Combine(folder, "sample.sarif");
            var output = Path.Combine(folder, "validation.sarif");
            var config = Path.Combine(folder, "validation.xml");
            File.WriteAllBytes(input, SarifWriter.ToUtf8(SarifSample.Log()));

            // SARIF2006 fetches every URI over HTTP; the machines here have no such network.
            File.WriteAllText(config, """
                <?xml version="1.0" encoding="utf-8"?>
                <Properties>
                  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
                    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />
                  </Properties>
                </Properties>
                """);
            var console = Run(tool, "validate", input, "--output", output, "--log", "ForceOverwrite", "--level", "Error;Warning;Note", "--rule-kind", "Sarif;Gh;Ghas", "--config", config);
            Assert.That(File.Exists(output), Is.True, "the validator wrote no log:" + Environment.NewLine + console);

            using var log = JsonDocument.Parse(File.ReadAllBytes(output));
            var run = log.RootElement.GetProperty("runs")[0];
            var findings = run.GetProperty("results").EnumerateArray()
                .Where(r => !r.TryGetProperty("level", out var level) || level.GetString() is "error" or "warning")
                .Select(r => r.GetProperty("ruleId").GetString() + ": " + r.GetProperty("message").GetProperty("text").GetString())
                .ToList();
            var notifications = run.GetProperty("invocations").EnumerateArray()
                .SelectMany(i => i.TryGetProperty("toolExecutionNotifications", out var n) ? n.EnumerateArray() : Enumerable.Empty<JsonElement>())
                .Where(n => n.TryGetProperty("level", out var level) && level.GetString() == "error")
                .Select(n => n.GetProperty("message").GetProperty("text").GetString())
                .ToList();
            Assert.Multiple(() =>
            {
                Assert.That(findings, Is.Empty, console);
                Assert.That(notifications, Is.Empty, console);
                Assert.That(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean(), Is.True, console);
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string FindTool()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("SARIF_MULTITOOL");
        var executable = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "Sarif.Multitool.exe" : "Sarif.Multitool";
        var candidate = !string.IsNullOrEmpty(fromEnvironment)
            ? fromEnvironment
            : Path.Combine(SharedFolder.RepositoryRoot, "artifacts", "tools", "sarif-multitool", "node_modules", Package, executable);
        if (File.Exists(candidate))
        {
            if (!OperatingSystem.IsWindows())
            {
                // npm may skip the package's postinstall 'chmod u+x'.
                File.SetUnixFileMode(candidate, File.GetUnixFileMode(candidate) | UnixFileMode.UserExecute);
            }

            return candidate;
        }

        var reason = $"The SARIF validator is not installed at '{candidate}'. Install it from the repository root with: {InstallCommand} (or set SARIF_MULTITOOL to its executable).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason + " CI=true, so the validation is required.");
        }

        Assert.Ignore(reason);
        return candidate;
    }

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The SARIF validator did not finish within 2 minutes." + Environment.NewLine + stdout);
        }

        return stdout + stderr.Result;
    }
}
