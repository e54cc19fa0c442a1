using System.Collections.Generic;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Rules.Build.Verification;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>
/// DKS3008: TLS certificate or package signature verification turned off: by a RUN command's
/// options, configuration or variables, by ENV/ARG, or by a compose service's <c>environment</c>.
/// </summary>
public sealed class TlsVerificationDisabledRule : IDockerfileRule, IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.TlsVerificationDisabled;

    public void Analyze(DockerfileContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Is(InstructionKeywords.Env) || instruction.Is(InstructionKeywords.Arg))
                {
                    foreach (var pair in instruction.KeyValues)
                    {
                        var value = EnvironmentValue.Literal(pair.Value);
                        if (VerificationVariables.Check(pair.Key, value) is { } effect)
                        {
                            Report(context, new DisabledVerification(pair.ValueSpan ?? pair.Span, pair.Key + "=" + value, effect));
                        }
                    }
                }

                foreach (var write in FileWrite.In(instruction))
                {
                    foreach (var finding in VerificationFiles.In(write))
                    {
                        Report(context, finding);
                    }
                }

                if (instruction.Is(InstructionKeywords.Run) && context.ShellOf(instruction) is { } script)
                {
                    var reported = new HashSet<SourceSpan>();
                    foreach (var finding in VerificationCommands.In(script))
                    {
                        if (reported.Add(finding.Span))
                        {
                            Report(context, finding);
                        }
                    }
                }
            }
        }
    }

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            foreach (var variable in service.Environment)
            {
                if (variable.Value is { IsNull: false } value && VerificationVariables.Check(variable.Name, value.Value) is { } effect)
                {
                    var finding = new DisabledVerification(value.Span, variable.Name + "=" + value.Value, effect);
                    context.Report(Descriptor, value.Origin, finding.Message(service.Name), finding.Subject);
                }
            }
        }
    }

    private void Report(DockerfileContext context, DisabledVerification finding) =>
        context.Report(Descriptor, finding.Span, finding.Message(), finding.Subject);
}
