using DockerSecurity.Analysis.Rules.Build.Packages;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>
/// DKS3003: <c>apt-get update</c> or <c>apk update</c> with no install or upgrade of the same
/// manager after it in the same RUN. yum/dnf and zypper refresh expired metadata on their own, so
/// <c>makecache</c> and <c>refresh</c> are left alone.
/// </summary>
public sealed class PackageIndexUpdateAloneRule : IDockerfileRule
{
    public RuleDescriptor Descriptor => RuleCatalog.PackageIndexUpdateAlone;

    public void Analyze(DockerfileContext context)
    {
        foreach (var run in ShellRun.All(context))
        {
            var packages = PackageCommands.Of(run.Script);
            foreach (var update in packages.Commands)
            {
                if (update.Action != PackageAction.UpdateIndex || update.Family is not (PackageManagerFamily.Apt or PackageManagerFamily.Apk)
                    || IsFollowedByInstall(packages, update))
                {
                    continue;
                }

                context.Report(Descriptor, update.Anchor.Span,
                    $"'{update.Display}' is not followed by an install in the same RUN: the cached layer keeps a stale package index, so a later install gets old or missing packages; update and install in one RUN");
            }
        }
    }

    private static bool IsFollowedByInstall(PackageCommands packages, PackageCommand update) =>
        packages.LastOrderOf("install or upgrade by " + update.Family, command => command.Family == update.Family && command.Action is PackageAction.Install or PackageAction.Upgrade)
        > packages.OrderOf(update.Command);
}
