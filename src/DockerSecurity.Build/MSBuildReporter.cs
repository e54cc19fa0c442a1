using System.IO;
using DockerSecurity.Analysis.Reporting;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace DockerSecurity.Build;

/// <summary>
/// Turns findings into MSBuild log events. MSBuild has no "info" level, so a suggestion is a
/// high-importance message that still carries the code and location; silent findings go to SARIF only.
/// </summary>
internal sealed class MSBuildReporter
{
    private readonly TaskLoggingHelper log;
    private readonly string projectDirectory;

    public MSBuildReporter(TaskLoggingHelper log, string projectDirectory, string? projectFile)
    {
        this.log = log;
        this.projectDirectory = projectDirectory;
        ProjectFile = projectFile;
    }

    /// <summary>Where findings about no file (MSBuild properties) are reported.</summary>
    public string? ProjectFile { get; }

    public void Report(Diagnostic diagnostic)
    {
        var file = AbsolutePath(diagnostic.FilePath);
        var span = diagnostic.Span;
        switch (diagnostic.Severity)
        {
            case DiagnosticSeverity.Error:
                log.LogError(
                    subcategory: null, diagnostic.Id, helpKeyword: null, diagnostic.Descriptor.HelpLink, file,
                    span.StartLine, span.StartColumn, span.EndLine, span.EndColumn, diagnostic.Message);
                break;
            case DiagnosticSeverity.Warning:
                log.LogWarning(
                    subcategory: null, diagnostic.Id, helpKeyword: null, diagnostic.Descriptor.HelpLink, file,
                    span.StartLine, span.StartColumn, span.EndLine, span.EndColumn, diagnostic.Message);
                break;
            case DiagnosticSeverity.Suggestion:
                log.LogMessage(
                    subcategory: null, diagnostic.Id, helpKeyword: null, file,
                    span.StartLine, span.StartColumn, span.EndLine, span.EndColumn, MessageImportance.High, diagnostic.Message);
                break;
            default:
                // Silent: SARIF only. None: off.
                break;
        }
    }

    /// <summary>A finding about a file is reported at its absolute path; one about no file (an MSBuild property) at the project.</summary>
    private string? AbsolutePath(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return ProjectFile;
        }

        return Path.GetFullPath(Path.Combine(projectDirectory, path));
    }
}
