using System;
using System.Collections.Generic;
using DockerSecurity.Analysis;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Build;

/// <summary>
/// DKS0005 findings the task itself finds about MSBuild properties: reported at the project file,
/// with the severity the project's configuration gives DKS0005 (NoWarn, .globalconfig, ...), as the
/// engine configures its own findings about properties.
/// </summary>
internal sealed class ProjectDiagnostics
{
    private readonly AnalysisRequest request;
    private SeverityConfiguration? configuration;

    public ProjectDiagnostics(AnalysisRequest request)
    {
        this.request = request;
    }

    /// <summary>The finding (no file: the reporter puts it at the project), or none when DKS0005 is configured off.</summary>
    public IReadOnlyList<Diagnostic> InvalidConfiguration(string message)
    {
        configuration ??= SeverityConfiguration.Load(request.GlobalConfigFiles, request.MSBuildOptions);
        var severity = configuration.GetEffectiveSeverity(RuleCatalog.InvalidConfiguration, "");
        return severity == DiagnosticSeverity.None
            ? Array.Empty<Diagnostic>()
            : new[] { new Diagnostic(RuleCatalog.InvalidConfiguration, "", default(SourceSpan), message) { Severity = severity } };
    }
}
