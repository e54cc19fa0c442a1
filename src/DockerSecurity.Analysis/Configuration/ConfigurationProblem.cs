using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>DKS0005 findings: configuration that is ignored, said where it is written.</summary>
internal static class ConfigurationProblem
{
    public static readonly SourceSpan WholeFile = new(1, 1, 1, 1);

    public static Diagnostic At(string path, SourceSpan span, string message) =>
        new(RuleCatalog.InvalidConfiguration, path, span, message);
}
