using System;
using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis;

/// <summary>The engine's front door: files in, configured findings out. No MSBuild in here.</summary>
public static class DockerSecurityAnalyzer
{
    public static AnalysisResult Analyze(AnalysisRequest request)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var path in request.Dockerfiles.Distinct(StringComparer.Ordinal))
        {
            var read = SourceFileReader.Read(path);
            if (read.File is null)
            {
                diagnostics.Add(FileSkipped(path, read));
                continue;
            }
        }

        return new AnalysisResult(diagnostics
            .OrderBy(d => d.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList());
    }

    internal static Diagnostic FileSkipped(string path, SourceFileReadResult read)
    {
        var position = read.RefusalPosition ?? new SourcePosition(1, 1);
        return new Diagnostic(
            RuleCatalog.FileSkipped,
            path,
            new SourceSpan(position, position),
            $"'{System.IO.Path.GetFileName(path)}' is skipped: {read.Refusal}.");
    }
}
