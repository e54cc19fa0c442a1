using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace DockerSecurity.IntegrationTests;

/// <summary>The console output of one build, with the findings as MSBuild printed them while building.</summary>
internal sealed class BuildOutput
{
    /// <summary>At normal verbosity MSBuild starts each line with the build node's number: <c>1&gt;</c>.</summary>
    private static readonly Regex NodePrefix = new(@"^\d+>", RegexOptions.CultureInvariant);

    private static readonly Regex Finding = new(@": (warning|error|message) DKS\d{4}: ", RegexOptions.CultureInvariant);

    public BuildOutput(ProcessResult process)
    {
        Process = process;
    }

    public ProcessResult Process { get; }

    public int ExitCode => Process.ExitCode;

    /// <summary>
    /// Every DKS line printed during the build, in order; the summary that repeats warnings and errors after
    /// "Build succeeded." / "Build FAILED." is left out, so a finding reported twice shows twice.
    /// </summary>
    public IReadOnlyList<string> Findings => Process.Lines
        .TakeWhile(line => line.Trim() is not ("Build succeeded." or "Build FAILED."))
        .Select(line => NodePrefix.Replace(line.Trim(), ""))
        .Where(line => Finding.IsMatch(line))
        .ToList();

    public override string ToString() => Process.ToString();
}
