using System.Collections.Generic;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Rules.Build.Packages;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>
/// DKS3002: an install that leaves its package manager's index or download cache in the RUN's
/// layer (apt lists, the apk index, pip's cache, yum/dnf/zypper caches). Only layers that ship
/// count: those of the final stage and of the stages it is built <c>FROM</c>; a build stage's
/// layers are left behind with it, as in hadolint's DL3009.
/// </summary>
public sealed class PackageCacheLeftRule : IDockerfileRule
{
    public RuleDescriptor Descriptor => RuleCatalog.PackageCacheLeft;

    public void Analyze(DockerfileContext context)
    {
        // Whether PIP_NO_CACHE_DIR is set at the end of each stage (ENV and ARG are inherited by FROM <stage>).
        var pipCacheOffAtEnd = new Dictionary<Stage, bool>();
        var shipped = new HashSet<Stage>(StageLineage.OfFinal(context.Model));
        foreach (var stage in context.Model.Stages)
        {
            var pipCacheOff = stage.BaseStage is { } parent && pipCacheOffAtEnd.TryGetValue(parent, out var inherited) && inherited;
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Is(InstructionKeywords.Env) || instruction.Is(InstructionKeywords.Arg))
                {
                    foreach (var pair in instruction.KeyValues)
                    {
                        if (pair.Key == "PIP_NO_CACHE_DIR")
                        {
                            pipCacheOff = pair.Value is not null && (pair.Value.IndexOf('$') >= 0 || PackageCaches.IsPipNoCacheSetting(pair.Key, EnvironmentValue.Literal(pair.Value)));
                        }
                    }
                }
                else if (shipped.Contains(stage) && instruction.Is(InstructionKeywords.Run) && context.ShellOf(instruction) is { } script)
                {
                    Check(context, instruction, PackageCommands.Of(script), pipCacheOff);
                }
            }

            pipCacheOffAtEnd[stage] = pipCacheOff;
        }
    }

    private void Check(DockerfileContext context, Instruction run, PackageCommands packages, bool pipCacheOff)
    {
        foreach (var install in packages.Commands)
        {
            if (install.Action == PackageAction.Install && PackageCaches.LeavesCache(run, packages, install, pipCacheOff) == true)
            {
                context.Report(Descriptor, install.Anchor.Span, Message(install));
            }
        }
    }

    private static string Message(PackageCommand install) => install.Family switch
    {
        PackageManagerFamily.Apt =>
            $"'{install.Display}' leaves the package lists of /var/lib/apt/lists in this layer; add '&& rm -rf /var/lib/apt/lists/*' at the end of the same RUN",
        PackageManagerFamily.Apk =>
            $"'{install.Display}' keeps the package index in /var/cache/apk in this layer; use 'apk add --no-cache'",
        PackageManagerFamily.Pip =>
            $"'{install.Display}' keeps its download cache (~/.cache/pip) in this layer; add --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1)",
        PackageManagerFamily.Zypper =>
            $"'{install.Display}' keeps its package cache in /var/cache/zypp in this layer; add '&& zypper clean --all' to the same RUN",
        _ =>
            $"'{install.Display}' keeps its package cache in /var/cache in this layer; add '&& {install.Tool} clean all' to the same RUN",
    };
}
