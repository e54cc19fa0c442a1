using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// A rule's effective severity in one file, decided as the C# compiler decides an analyzer
/// diagnostic's (CSharpDiagnosticFilter.GetDiagnosticReport, then the bulk keys of
/// AnalyzerOptionsExtensions.TryGetSeverityFromBulkConfiguration):
/// <list type="number">
/// <item>an ID-specific MSBuild switch (NoWarn, WarningsAsErrors) beats any configuration file;</item>
/// <item>otherwise the file's <c>dotnet_diagnostic.ID.severity</c> (.editorconfig, global config section), then the global config preamble's;
/// TreatWarningsAsErrors promotes a configured <c>warning</c>; with WarningsNotAsErrors, a configured
/// <c>error</c> does not apply to a rule whose default is warning;</item>
/// <item>otherwise the default: off for a rule whose default is None, and a default warning becomes an error under TreatWarningsAsErrors;</item>
/// <item>then, only for a rule on by default that no switch or file mentions by ID,
/// <c>dotnet_analyzer_diagnostic.category-C.severity</c>, else <c>dotnet_analyzer_diagnostic.severity</c>
/// (an invalid value falls through to the next); TreatWarningsAsErrors promotes their <c>warning</c>.</item>
/// </list>
/// <c>default</c> means the rule's declared severity, and it is not promoted by TreatWarningsAsErrors
/// when it comes from a file or from WarningsNotAsErrors.
/// </summary>
internal static class SeverityResolver
{
    public static DiagnosticSeverity Resolve(
        RuleDescriptor descriptor,
        AnalyzerConfigOptionsResult fileOptions,
        AnalyzerConfigOptionsResult globalOptions,
        WarningSwitches switches)
    {
        var id = descriptor.Id;
        var declared = descriptor.DefaultSeverity;
        var onByDefault = declared != DiagnosticSeverity.None;

        var hasSwitch = switches.TryGetSpecific(id, out var report);
        var specified = hasSwitch;
        var notAsError = hasSwitch && report == SeveritySetting.Default;
        var inFile = fileOptions.Severities.TryGetValue(id, out var configured);
        var inGlobal = !inFile && globalOptions.Severities.TryGetValue(id, out configured);
        if ((!specified || notAsError) && (inFile || inGlobal) &&
            !(notAsError && declared == DiagnosticSeverity.Warning && configured == SeveritySetting.Error))
        {
            specified = true;
            report = configured;
            if (!notAsError && report == SeveritySetting.Warning && switches.TreatWarningsAsErrors)
            {
                report = SeveritySetting.Error;
            }
        }

        if (!specified)
        {
            report = onByDefault ? SeveritySetting.Default : SeveritySetting.None;
        }

        if (report == SeveritySetting.None)
        {
            return DiagnosticSeverity.None;
        }

        if (report == SeveritySetting.Default && !specified && switches.TreatWarningsAsErrors && declared == DiagnosticSeverity.Warning)
        {
            report = SeveritySetting.Error;
        }

        var severity = ToSeverity(report, declared);
        if (onByDefault && !hasSwitch && !inFile && !inGlobal && TryGetBulk(descriptor, fileOptions, out var bulk))
        {
            if (bulk == SeveritySetting.Warning && switches.TreatWarningsAsErrors)
            {
                bulk = SeveritySetting.Error;
            }

            // "default" keeps what the steps above decided.
            severity = bulk == SeveritySetting.Default ? severity : ToSeverity(bulk, declared);
        }

        return severity;
    }

    private static bool TryGetBulk(RuleDescriptor descriptor, AnalyzerConfigOptionsResult fileOptions, out SeveritySetting setting)
    {
        setting = SeveritySetting.Default;
        var properties = fileOptions.Properties;
        return (properties.TryGetValue(DiagnosticOptionKeys.ForCategory(descriptor.Category), out var value) && SeverityWord.TryParse(value, out setting)) ||
               (properties.TryGetValue(DiagnosticOptionKeys.AllRules, out value) && SeverityWord.TryParse(value, out setting));
    }

    private static DiagnosticSeverity ToSeverity(SeveritySetting setting, DiagnosticSeverity declared) => setting switch
    {
        SeveritySetting.None => DiagnosticSeverity.None,
        SeveritySetting.Silent => DiagnosticSeverity.Silent,
        SeveritySetting.Suggestion => DiagnosticSeverity.Suggestion,
        SeveritySetting.Warning => DiagnosticSeverity.Warning,
        SeveritySetting.Error => DiagnosticSeverity.Error,
        _ => declared,
    };
}
