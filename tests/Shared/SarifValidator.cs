using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace DockerSecurity.Testing;

/// <summary>
/// Microsoft's SARIF validator (the SARIF Multitool from npm), run on a log file. The tool is found at
/// $SARIF_MULTITOOL, else under artifacts/tools/sarif-multitool (see <see cref="InstallCommand"/>, which
/// .ci/run runs). Without it a test is skipped on a developer machine and fails under CI=true.
/// </summary>
public static class SarifValidator
{
    public const string Version = "5.7.0";

    private static readonly string Package = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "@microsoft/sarif-multitool-win32"
        : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "@microsoft/sarif-multitool-darwin"
        : "@microsoft/sarif-multitool-linux";

    public static string InstallCommand => $"npm install --prefix artifacts/tools/sarif-multitool {Package}@{Version}";

    /// <summary>
    /// Validates <paramref name="sarifPath"/> against the SARIF, GitHub and GitHub Advanced Security rules, reachability of
    /// URIs excepted (these machines have no such network). Skips or fails the calling test when the tool is missing.
    /// </summary>
    public static SarifValidation Validate(string sarifPath)
    {
        var tool = FindTool();
        var folder = Directory.CreateTempSubdirectory("dks-sarif-validation-").FullName;
        try
        {
            var output = Path.Combine(folder, "validation.sarif");
            var config = Path.Combine(folder, "validation.xml");
            File.WriteAllText(config, """
                <?xml version="1.0" encoding="utf-8"?>
                <Properties>
                  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
                    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />
                  </Properties>
                </Properties>
                """);
            var console = Run(tool, "validate", sarifPath, "--output", output, "--log", "ForceOverwrite", "--level", "Error;Warning;Note", "--rule-kind", "Sarif;Gh;Ghas", "--config", config);
            Assert.That(File.Exists(output), Is.True, "the validator wrote no log:" + Environment.NewLine + console);

            using var log = JsonDocument.Parse(File.ReadAllBytes(output));
            var run = log.RootElement.GetProperty("runs")[0];
            var problems = run.GetProperty("results").EnumerateArray()
                .Where(r => !r.TryGetProperty("level", out var level) || level.GetString() is "error" or "warning")
                .Select(r => r.GetProperty("ruleId").GetString() + ": " + r.GetProperty("message").GetProperty("text").GetString())
                .ToList();
            var notifications = run.GetProperty("invocations").EnumerateArray()
                .SelectMany(i => i.TryGetProperty("toolExecutionNotifications", out var n) ? n.EnumerateArray() : Enumerable.Empty<JsonElement>())
                .Where(n => n.TryGetProperty("level", out var level) && level.GetString() == "error")
                .Select(n => n.GetProperty("message").GetProperty("text").GetString() ?? "")
                .ToList();
            var successful = run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean();
            return new SarifValidation(problems, notifications, successful, console);
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

/// <summary>What the validator said: its error and warning results, its error notifications, and its console output for messages.</summary>
public sealed record SarifValidation(IReadOnlyList<string> Problems, IReadOnlyList<string> ErrorNotifications, bool ExecutionSuccessful, string Console)
{
    /// <summary>Asserts no error or warning result, no error notification and a successful run.</summary>
    public void AssertValid()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Problems, Is.Empty, Console);
            Assert.That(ErrorNotifications, Is.Empty, Console);
            Assert.That(ExecutionSuccessful, Is.True, Console);
        });
    }
}
