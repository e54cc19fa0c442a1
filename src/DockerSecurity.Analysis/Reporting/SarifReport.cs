using System;
using System.IO;
using System.Linq;
using DockerSecurity.Analysis.Configuration;

namespace DockerSecurity.Analysis.Reporting;

/// <summary>Writes an analysis as a SARIF file: every finding, suppressed and silent ones included.</summary>
public static class SarifReport
{
    /// <returns>Null when written, else why not (the caller reports it; a build never fails over its log file).</returns>
    public static string? Write(string path, AnalysisResult result, string? repositoryRoot, string toolVersion)
    {
        var log = new SarifLog
        {
            ToolVersion = toolVersion,
            RepositoryRoot = repositoryRoot,
            Results = result.Diagnostics
                .Select(d => new SarifResult(d) { Suppressions = d.Suppression is { } s ? new[] { s } : Array.Empty<Suppression>() })
                .ToList(),
        };

        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllBytes(path, SarifWriter.ToUtf8(log));
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return exception.Message;
        }
    }
}
