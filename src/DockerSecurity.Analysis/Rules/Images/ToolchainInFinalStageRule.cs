using DockerSecurity.Analysis.Rules.Build;
using DockerSecurity.Analysis.Rules.Build.Packages;

namespace DockerSecurity.Analysis.Rules.Images;

/// <summary>
/// DKS1006: the final image carries a build toolchain: its base is an SDK or compiler image, or a
/// RUN of the final stage (or of a stage it is built <c>FROM</c>) installs compilers or development
/// packages and does not remove them in the same RUN.
/// </summary>
public sealed class ToolchainInFinalStageRule : IDockerfileRule
{
    public RuleDescriptor Descriptor => RuleCatalog.ToolchainInFinalStage;

    public void Analyze(DockerfileContext context)
    {
        var lineage = StageLineage.OfFinal(context.Model);
        if (lineage.Count == 0)
        {
            return;
        }

        var root = lineage[0];
        if (context.TraitsOf(root).IsToolchain && root.BaseImageArgument is { } image)
        {
            context.Report(Descriptor, image.Span,
                $"'{root.BaseImageText}' is a build toolchain image, so the final image ships its compilers and SDK; build in an earlier stage and copy only the result into a runtime image");
        }

        foreach (var run in ShellRun.In(context, lineage))
        {
            var packages = PackageCommands.Of(run.Script);
            foreach (var install in packages.Commands)
            {
                if (install.Action != PackageAction.Install || !ToolchainPackages.IsDistribution(install.Family))
                {
                    continue;
                }

                foreach (var package in install.Packages)
                {
                    var kind = package.Kind == PackageArgumentKind.Repository ? ToolchainPackages.Classify(package.Name) : ToolchainKind.None;
                    if (kind == ToolchainKind.None || PackageRemovals.IsRemovedLater(packages, install, package))
                    {
                        continue;
                    }

                    context.Report(Descriptor, package.Word.Span, kind == ToolchainKind.BuildTools
                        ? $"'{package.Name}' puts a build toolchain into the final image; install it in a build stage and copy only the result, or remove it in the same RUN"
                        : $"'{package.Name}' puts development headers into the final image; install it in a build stage and install only the runtime library in the final one, or remove it in the same RUN");
                }
            }
        }
    }
}
