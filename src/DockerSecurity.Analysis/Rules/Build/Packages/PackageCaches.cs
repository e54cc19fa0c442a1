using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Build.Packages;

/// <summary>
/// Where each package manager leaves its index and downloads after an install, and the ways a
/// RUN keeps them out of its layer: a no-cache option, a clean-up after the install, a cache mount.
/// </summary>
internal static class PackageCaches
{
    private static readonly string[] AptLists = { "/var/lib/apt/lists" };
    private static readonly string[] ApkCache = { "/var/cache/apk", "/etc/apk/cache" };
    private static readonly string[] PipCache = { "/root/.cache/pip" };
    private static readonly string[] RpmCache = { "/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5", "/var/cache/tdnf" };
    private static readonly string[] ZypperCache = { "/var/cache/zypp" };

    /// <summary>
    /// Whether the install leaves the manager's cache in the layer; null for managers whose cache
    /// this does not judge (npm, gem). <paramref name="pipCacheOff"/>: <c>PIP_NO_CACHE_DIR</c> is set by ENV or ARG.
    /// </summary>
    public static bool? LeavesCache(Instruction run, PackageCommands packages, PackageCommand install, bool pipCacheOff)
    {
        var script = packages.Script;
        switch (install.Family)
        {
            case PackageManagerFamily.Apt:
                return !Cleared(run, script, install, AptLists);
            case PackageManagerFamily.Apk:
                return !install.HasOption("--no-cache") && !Cleared(run, script, install, ApkCache);
            case PackageManagerFamily.Pip:
                return !install.HasOption("--no-cache-dir") && !pipCacheOff && !SetsPipNoCache(packages, install)
                    && !Cleared(run, script, install, PipCache) && !PurgedLater(packages, install, "pip cache purge", p => p.Family == PackageManagerFamily.Pip && IsPipCachePurge(p));
            case PackageManagerFamily.Rpm:
                return !Cleared(run, script, install, RpmCache) && !PurgedLater(packages, install, "rpm clean all", IsRpmCleanAll);
            case PackageManagerFamily.Zypper:
                return !Cleared(run, script, install, ZypperCache)
                    && !PurgedLater(packages, install, "zypper clean", p => p.Family == PackageManagerFamily.Zypper && p.Action == PackageAction.Clean);
            default:
                return null;
        }
    }

    /// <summary>Whether an ENV or ARG value turns pip's cache off (pip takes any value of <c>PIP_NO_CACHE_DIR</c>, even "false", as off).</summary>
    public static bool IsPipNoCacheSetting(string name, string? value) => name == "PIP_NO_CACHE_DIR" && !string.IsNullOrEmpty(value);

    private static bool Cleared(Instruction run, ShellScript script, PackageCommand install, string[] paths) =>
        RunMount.KeepsOutOfLayer(run, paths) || LayerCleanup.RemovesAfter(script, install.Command, paths);

    private static bool PurgedLater(PackageCommands packages, PackageCommand install, string key, System.Func<PackageCommand, bool> isPurge) =>
        packages.LastOrderOf(key, isPurge) > packages.OrderOf(install.Command);

    private static bool IsRpmCleanAll(PackageCommand command) =>
        command.Family == PackageManagerFamily.Rpm && command.Action == PackageAction.Clean
        && command.Arguments.Positionals.Count > 1 && command.Arguments.Positionals[1].Value == "all";

    private static bool IsPipCachePurge(PackageCommand command)
    {
        var positionals = command.Arguments.Positionals;
        return positionals.Count > 1 && positionals[0].Value == "cache" && positionals[1].Value is "purge" or "remove";
    }

    /// <summary><c>PIP_NO_CACHE_DIR=1 pip install</c>, <c>env PIP_NO_CACHE_DIR=1 pip ...</c>, or an earlier <c>export PIP_NO_CACHE_DIR=1</c>.</summary>
    private static bool SetsPipNoCache(PackageCommands packages, PackageCommand install)
    {
        foreach (var assignment in install.Command.Unwrapped.Environment)
        {
            if (IsPipNoCacheSetting(assignment.Name, assignment.Value))
            {
                return true;
            }
        }

        var exported = PipNoCacheExports.GetValue(packages.Script, FirstPipNoCacheExport).Order;
        return exported >= 0 && exported < packages.OrderOf(install.Command);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ShellScript, ExportOrder> PipNoCacheExports = new();

    private static ExportOrder FirstPipNoCacheExport(ShellScript script)
    {
        for (var i = 0; i < script.AllCommands.Count; i++)
        {
            var command = script.AllCommands[i];
            if (command.Name != "export")
            {
                continue;
            }

            foreach (var argument in command.Arguments)
            {
                if (ShellAssignment.TryRead(argument) is { } assignment && IsPipNoCacheSetting(assignment.Name, assignment.Value))
                {
                    return new ExportOrder(i);
                }
            }
        }

        return new ExportOrder(-1);
    }

    private sealed record ExportOrder(int Order);
}
