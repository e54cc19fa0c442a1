using System;
using System.Linq;
using DockerSecurity.Analysis.Dockerfiles;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>DKS3009: RUN options that take a build step out of BuildKit's sandbox.</summary>
public sealed class InsecureRunOptionRule : IDockerfileRule
{
    public RuleDescriptor Descriptor => RuleCatalog.InsecureRunOption;

    public void Analyze(DockerfileContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            foreach (var run in stage.Instructions.Where(i => i.Is(InstructionKeywords.Run)))
            {
                foreach (var flag in run.Flags)
                {
                    if (Message(flag) is { } message)
                    {
                        context.Report(Descriptor, flag.Span, message, flag.Text);
                    }
                }
            }
        }
    }

    private static string? Message(InstructionFlag flag)
    {
        if (flag.Name == "security" && string.Equals(flag.Value, "insecure", StringComparison.OrdinalIgnoreCase))
        {
            return "'RUN --security=insecure' runs this build step as a privileged container on the build host, with all devices and capabilities; remove it and do the privileged work outside the image build";
        }

        if (flag.Name == "network" && string.Equals(flag.Value, "host", StringComparison.OrdinalIgnoreCase))
        {
            return "'RUN --network=host' gives this build step the build host's network, including services listening on its loopback; remove it (pass proxies with the HTTP_PROXY build argument)";
        }

        return null;
    }
}
