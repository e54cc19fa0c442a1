using System.Collections.Generic;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Reporting;

namespace DockerSecurity.Analysis.Rules.Secrets;

/// <summary>
/// DKS4004: a service's <c>environment</c>, <c>labels</c>, <c>build.args</c> or <c>build.labels</c>
/// gives a secret-like key a value written in the compose file. A value made only of variable
/// references is left to DKS4005 (its defaults), and a value holding a credential DKS4003
/// recognises is left to DKS4003, so one value is reported once.
/// </summary>
public sealed class LiteralSecretInComposeRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.LiteralSecretInCompose;

    public void Analyze(ComposeContext context)
    {
        var reported = new HashSet<ComposeOrigin>();
        foreach (var (attribute, entry) in ComposeValues.ServiceKeyValues(context.Project))
        {
            if (entry.Value is not ComposeScalar { IsNull: false } value || value.Raw.Length == 0 || !SecretNames.IsSecretLike(entry.Key))
            {
                continue;
            }

            if (ComposeLiterals.Outside(value).Trim().Length == 0
                || SecretNames.IsSecretMountPath(value.Value) || SecretNames.IsBooleanWord(value.Value)
                || CredentialPatterns.Find(value.Raw).Count > 0 || !reported.Add(value.Origin))
            {
                continue;
            }

            context.Report(Descriptor, value.Origin,
                $"'{entry.Key}' has the literal value '{Redaction.Redact(value.Value)}' in the compose file ({attribute}); supply it with ${{{entry.Key}}} or a Docker secret",
                $"{attribute} {entry.Key}");
        }
    }
}
