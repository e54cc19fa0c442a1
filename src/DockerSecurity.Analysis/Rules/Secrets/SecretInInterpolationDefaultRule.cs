using System.Collections.Generic;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Reporting;

namespace DockerSecurity.Analysis.Rules.Secrets;

/// <summary>
/// DKS4005: an interpolation supplies a secret from the compose file: the default of
/// <c>${JWT_SECRET:-changeme}</c> or <c>${JWT_SECRET-changeme}</c>, or the alternative of
/// <c>${JWT_SECRET:+value}</c>, for a secret-like variable or a value of a secret-like key.
/// </summary>
public sealed class SecretInInterpolationDefaultRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.SecretInInterpolationDefault;

    public void Analyze(ComposeContext context)
    {
        var spans = new ComposeSpans(context);
        var reported = new HashSet<ComposeOrigin>();
        foreach (var (scalar, key) in ComposeValues.Scalars(context.Project))
        {
            foreach (var variable in scalar.Variables)
            {
                Check(context, spans, reported, scalar, variable, key);
            }
        }
    }

    private void Check(ComposeContext context, ComposeSpans spans, HashSet<ComposeOrigin> reported, ComposeScalar scalar, ComposeVariable variable, string? key)
    {
        var supplies = variable.HasDefault
            || variable.Operator is ComposeVariableOperator.AlternativeWhenNonEmpty or ComposeVariableOperator.AlternativeWhenSet;
        if (supplies && variable.Argument is { } argument
            && (SecretNames.IsSecretLike(variable.Name) || (key is not null && SecretNames.IsSecretLike(key))))
        {
            var value = variable.ArgumentValue ?? "";
            var literal = ComposeLiterals.Outside(scalar, variable.ArgumentStart, argument.Length, variable.ArgumentVariables);
            if (literal.Trim().Length > 0)
            {
                // DKS4003 reports a credential it recognises; a mount path or a flag is not a secret.
                var origin = spans.OriginOf(scalar, variable.ArgumentStart, argument.Length);
                if (CredentialPatterns.Find(argument).Count == 0 && !SecretNames.IsSecretMountPath(value) && !SecretNames.IsBooleanWord(value) && reported.Add(origin))
                {
                    context.Report(Descriptor, origin, Message(variable, value), $"${{{variable.Name}}} in {key ?? "a value"}");
                }

                return;
            }
        }

        foreach (var nested in variable.ArgumentVariables)
        {
            Check(context, spans, reported, scalar, nested, key);
        }
    }

    private static string Message(ComposeVariable variable, string value)
    {
        var name = variable.Name;
        return variable.HasDefault
            ? $"The default '{Redaction.Redact(value)}' of ${{{name}}} is used whenever the variable is missing, so the secret is in the compose file after all; use ${{{name}:?{name} must be set}}"
            : $"The value '{Redaction.Redact(value)}' that ${{{name}}} is replaced with whenever the variable is set is written in the compose file; use ${{{name}}} and set the secret itself in the environment";
    }
}
