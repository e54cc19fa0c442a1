using System;
using System.IO;
using System.Linq;
using System.Security;
using DockerSecurity.Analysis;
using DockerSecurity.Analysis.Reporting;

namespace DockerSecurity.Build;

/// <summary>The SARIF log of one check (DockerSecurityErrorLog): every finding, suppressed and silent ones included.</summary>
internal static class ErrorLogFile
{
    /// <param name="projectFile">Where findings about MSBuild properties (no file of their own) are located: GitHub code scanning requires a location.</param>
    /// <returns>Null when written, else the message of the DKS0005 warning to report: a build never fails over its log file.</returns>
    public static string? Write(string projectDirectory, string errorLog, AnalysisResult result, string? repositoryRoot, string? projectFile)
    {
        if (!PropertyPath.TryResolve(projectDirectory, errorLog, out var full, out var problem))
        {
            return Message(errorLog, problem);
        }

        try
        {
            var located = projectFile is null || result.Diagnostics.All(d => d.FilePath.Length > 0)
                ? result
                : new AnalysisResult(
                    result.Diagnostics.Select(d => d.FilePath.Length > 0 ? d : d with { FilePath = projectFile }).ToList(),
                    result.BaselineEntriesWritten);
            var failure = SarifReport.Write(full, located, repositoryRoot, ToolVersion.Current);
            return failure is null ? null : Message(full, failure);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or SecurityException or IOException or UnauthorizedAccessException)
        {
            return Message(full, exception.Message);
        }
    }

    private static string Message(string path, string reason) =>
        $"The SARIF log '{path}' (DockerSecurityErrorLog) cannot be written: {reason}";
}
