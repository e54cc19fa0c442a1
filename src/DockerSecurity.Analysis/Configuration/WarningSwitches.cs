using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// NoWarn, WarningsAsErrors, WarningsNotAsErrors and TreatWarningsAsErrors as the compiler receives
/// them. The Csc task passes <c>/nowarn:</c>, then <c>/warnaserror±</c>, then <c>/warnaserror+:</c>
/// (WarningsAsErrors), then <c>/warnaserror-:</c> (WarningsNotAsErrors), and CSharpCommandLineParser
/// folds them so that WarningsNotAsErrors beats WarningsAsErrors and NoWarn beats both.
/// </summary>
internal sealed class WarningSwitches
{
    private static readonly char[] Separators = { ',', ';', ' ', '\t', '\r', '\n' };

    private readonly Dictionary<string, SeveritySetting> specific;

    private WarningSwitches(Dictionary<string, SeveritySetting> specific, bool treatWarningsAsErrors)
    {
        this.specific = specific;
        TreatWarningsAsErrors = treatWarningsAsErrors;
    }

    /// <summary><c>/warnaserror+</c>: promotes warnings that no ID-specific switch mentions.</summary>
    public bool TreatWarningsAsErrors { get; }

    public static WarningSwitches From(MSBuildDiagnosticOptions options)
    {
        options ??= MSBuildDiagnosticOptions.Default;
        var warnAsErrors = new Dictionary<string, SeveritySetting>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in Ids(options.WarningsAsErrors))
        {
            warnAsErrors[id] = SeveritySetting.Error;
        }

        // "/warnaserror-:ID" records Default: back to the rule's severity, and no promotion.
        foreach (var id in Ids(options.WarningsNotAsErrors))
        {
            warnAsErrors[id] = SeveritySetting.Default;
        }

        var result = new Dictionary<string, SeveritySetting>(warnAsErrors, StringComparer.OrdinalIgnoreCase);
        foreach (var id in Ids(options.NoWarn))
        {
            result[id] = SeveritySetting.None;
        }

        return new WarningSwitches(result, options.TreatWarningsAsErrors);
    }

    /// <summary>
    /// The ID-specific switch for a rule: <see cref="SeveritySetting.None"/> (NoWarn),
    /// <see cref="SeveritySetting.Error"/> (WarningsAsErrors), <see cref="SeveritySetting.Default"/> (WarningsNotAsErrors).
    /// </summary>
    public bool TryGetSpecific(string id, out SeveritySetting setting) => specific.TryGetValue(id, out setting);

    /// <summary>IDs in MSBuild lists: separated by ';', ',' or spaces (as the compiler splits them), quotes dropped.</summary>
    private static IEnumerable<string> Ids(IEnumerable<string>? values)
    {
        if (values is null)
        {
            yield break;
        }

        foreach (var value in values)
        {
            if (value is null)
            {
                continue;
            }

            foreach (var part in value.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                var id = part.Trim('"');
                if (id.Length > 0)
                {
                    yield return id;
                }
            }
        }
    }
}
