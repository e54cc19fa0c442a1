using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Reporting;

namespace DockerSecurity.Analysis.Rules.Secrets;

/// <summary>
/// DKS4001: an ENV or ARG whose name says it holds a secret. ENV values are stored in the image
/// configuration; ARG values (a default or a <c>--build-arg</c>) in the build history and provenance.
/// </summary>
public sealed class SecretInEnvOrArgRule : IDockerfileRule
{
    public RuleDescriptor Descriptor => RuleCatalog.SecretInEnvOrArg;

    public void Analyze(DockerfileContext context)
    {
        var syntax = context.Model.Syntax;
        var mountTargets = SecretMountTargets(syntax);
        var globalArgs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var arg in context.Model.GlobalArgs)
        {
            globalArgs.Add(arg.Name);
        }

        foreach (var outer in syntax.Instructions)
        {
            var instruction = outer.OnBuild ?? outer;
            var isEnv = instruction.Is(InstructionKeywords.Env);
            if (!isEnv && !instruction.Is(InstructionKeywords.Arg))
            {
                continue;
            }

            // ARG NAME in a stage only brings the global ARG of that name into scope; the global one is reported.
            var importsGlobal = !isEnv && context.Model.StageOf(outer) is not null;
            foreach (var pair in instruction.KeyValues)
            {
                if (!SecretNames.IsSecretLike(pair.Key))
                {
                    continue;
                }

                var value = pair.Value is null ? null : Unquote(pair.Value);
                if (value is not null && (SecretNames.IsSecretMountPath(value, mountTargets) || SecretNames.IsBooleanWord(value)))
                {
                    continue;
                }

                if (isEnv)
                {
                    if (string.IsNullOrEmpty(value))
                    {
                        continue;
                    }

                    context.Report(Descriptor, pair.KeySpan,
                        $"ENV '{pair.Key}' (value '{Redaction.Redact(value!)}') looks like a secret, and ENV values are stored in the image configuration; supply it when the container runs, or use RUN --mount=type=secret while building",
                        "ENV " + pair.Key);
                }
                else if (!(importsGlobal && value is null && globalArgs.Contains(pair.Key)))
                {
                    var shown = string.IsNullOrEmpty(value) ? "" : $" (default '{Redaction.Redact(value!)}')";
                    context.Report(Descriptor, pair.KeySpan,
                        $"ARG '{pair.Key}'{shown} looks like a secret, and build arguments are recorded in the image history; use RUN --mount=type=secret instead",
                        "ARG " + pair.Key);
                }
            }
        }
    }

    /// <summary>Where <c>RUN --mount=type=secret</c> puts its secrets (<c>target=</c>, <c>dst=</c>, <c>destination=</c>).</summary>
    private static List<string> SecretMountTargets(DockerfileSyntax syntax)
    {
        var targets = new List<string>();
        foreach (var instruction in syntax.Instructions)
        {
            foreach (var flag in instruction.Flags)
            {
                if (flag.Name != "mount" || flag.Value is null)
                {
                    continue;
                }

                string? target = null;
                var isSecret = false;
                foreach (var field in flag.Value.Split(','))
                {
                    var equals = field.IndexOf('=');
                    var key = equals < 0 ? field : field.Substring(0, equals);
                    var value = equals < 0 ? "" : field.Substring(equals + 1);
                    isSecret |= key == "type" && value == "secret";
                    if (key is "target" or "dst" or "destination")
                    {
                        target = value;
                    }
                }

                if (isSecret && !string.IsNullOrEmpty(target))
                {
                    targets.Add(target!);
                }
            }
        }

        return targets;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0]
            ? value.Substring(1, value.Length - 2)
            : value;
}
