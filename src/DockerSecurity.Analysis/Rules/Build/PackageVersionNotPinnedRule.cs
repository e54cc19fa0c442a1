using DockerSecurity.Analysis.Rules.Build.Packages;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>DKS3004: a package installed by name without an exact version (apt, apk, yum/dnf, zypper, pip, npm/yarn/pnpm, gem).</summary>
public sealed class PackageVersionNotPinnedRule : IDockerfileRule
{
    public RuleDescriptor Descriptor => RuleCatalog.PackageVersionNotPinned;

    public void Analyze(DockerfileContext context)
    {
        foreach (var run in ShellRun.All(context))
        {
            foreach (var command in PackageCommands.Of(run.Script).Commands)
            {
                if (command.Action != PackageAction.Install)
                {
                    continue;
                }

                foreach (var package in command.Packages)
                {
                    if (package.Kind == PackageArgumentKind.Repository && !package.IsPinned)
                    {
                        context.Report(Descriptor, package.Word.Span,
                            $"Package '{package.Name}' is installed without a version, so each build can get a different one; pin it ('{PinnedForm(command.Family, package.Name)}')",
                            $"{command.Tool} {package.Word.Value}");
                    }
                }
            }
        }
    }

    private static string PinnedForm(PackageManagerFamily family, string name) => family switch
    {
        PackageManagerFamily.Rpm => name + "-<version>",
        PackageManagerFamily.Pip => name + "==<version>",
        PackageManagerFamily.Npm => name + "@<version>",
        PackageManagerFamily.Gem => name + ":<version>",
        _ => name + "=<version>",
    };
}
