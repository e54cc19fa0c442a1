using System.Globalization;
using System.Linq;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Dockerfiles;

namespace DockerSecurity.Analysis.Rules.Network;

/// <summary>
/// DKS6001: an SSH server in a container is a second way in that bypasses <c>docker exec</c> and its
/// audit. The final image is checked (its stages' EXPOSE and package installs), and compose services
/// that publish container port 22.
/// </summary>
public sealed class SshExposedRule : IDockerfileRule, IComposeRule
{
    private const int SshPort = 22;

    private const string WindowsOpenSsh = SshServerPackages.WindowsOpenSshCapability;

    public RuleDescriptor Descriptor => RuleCatalog.SshExposed;

    public void Analyze(DockerfileContext context)
    {
        foreach (var stage in StageLineage.OfFinal(context.Model))
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Is(InstructionKeywords.Expose))
                {
                    foreach (var port in context.Model.ExpandedArguments(instruction).Where(a => !a.HasUnknownVariables && CoversSsh(a.Value)))
                    {
                        var written = port.Argument.Value;
                        var expanded = written == port.Value ? string.Empty : $" ('{port.Value}')";
                        context.Report(Descriptor, port.Span,
                            $"EXPOSE '{written}'{expanded} advertises the SSH port 22; remove it and use 'docker exec' for shell access",
                            "EXPOSE " + port.Value);
                    }
                }
                else if (instruction.Is(InstructionKeywords.Run) && context.ShellOf(instruction) is { } script)
                {
                    foreach (var package in SshServerPackages.In(script))
                    {
                        Report(context, package.Span, package.Value);
                    }
                }
                else if (instruction.Is(InstructionKeywords.Run) && SshServerPackages.WindowsCapability(instruction.Text) is { } capability)
                {
                    Report(context, capability, WindowsOpenSsh);
                }
            }
        }
    }

    private void Report(DockerfileContext context, Text.SourceSpan span, string package) =>
        context.Report(Descriptor, span,
            $"'{package}' installs an SSH server in the final image, a way in that bypasses the container's isolation; remove it and use 'docker exec' for shell access",
            package);

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            foreach (var port in service.Ports)
            {
                if (port.Protocol != "tcp" || port.TargetStart > SshPort || port.TargetEnd < SshPort)
                {
                    continue;
                }

                var host = port.PublishedStart is { } start
                    ? "as host port " + (start + SshPort - port.TargetStart).ToString(CultureInfo.InvariantCulture)
                    : "on a random host port";
                context.Report(Descriptor, port.Origin,
                    $"Service '{service.Name}' publishes the SSH port 22 ({host}); remove it and use 'docker exec' for shell access",
                    service.Name + " " + port);
            }
        }
    }

    /// <summary><c>22</c>, <c>22/tcp</c>, a range such as <c>20-25</c>; UDP is not SSH.</summary>
    private static bool CoversSsh(string value)
    {
        var slash = value.IndexOf('/');
        var protocol = slash < 0 ? "tcp" : value.Substring(slash + 1).ToLowerInvariant();
        var ports = slash < 0 ? value : value.Substring(0, slash);
        if (protocol != "tcp")
        {
            return false;
        }

        return PortSpec.TryRange(ports, 0, out var first, out var last) && first <= SshPort && SshPort <= last;
    }
}
