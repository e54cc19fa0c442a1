using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>
/// DKS2011: a <c>tmpfs:</c> entry asks for <c>exec</c> or <c>suid</c>, or does not write out
/// <c>noexec</c> and <c>nosuid</c> as the standard does. Docker Engine adds
/// <c>noexec,nosuid,nodev</c> to every tmpfs unless an option overrides it, so only an explicit
/// <c>exec</c>/<c>suid</c> weakens the mount; the long <c>volumes:</c> syntax (<c>type: tmpfs</c>)
/// cannot carry these options and is not reported.
/// </summary>
public sealed class TmpfsWithoutNoexecNosuidRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.TmpfsWithoutNoexecNosuid;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            foreach (var tmpfs in service.Tmpfs)
            {
                if (KnownValues.IsKnown(tmpfs.Source))
                {
                    Check(context, service, tmpfs);
                }
            }
        }
    }

    private void Check(ComposeContext context, ComposeService service, ComposeTmpfsMount tmpfs)
    {
        // Later options win, as when the engine merges them.
        var exec = tmpfs.Options.LastOrDefault(o => o is "exec" or "noexec");
        var suid = tmpfs.Options.LastOrDefault(o => o is "suid" or "nosuid");
        var weakened = new List<string>();
        if (exec == "exec")
        {
            weakened.Add("exec");
        }

        if (suid == "suid")
        {
            weakened.Add("suid");
        }

        if (weakened.Count > 0)
        {
            var consequence = weakened.Count == 2
                ? "so files written there can be executed and setuid files take effect"
                : weakened[0] == "exec" ? "so files written there can be executed" : "so setuid files written there take effect";
            context.Report(Descriptor, tmpfs.Origin,
                $"Service '{service.Name}' mounts tmpfs '{tmpfs.Target}' {string.Join(" and ", weakened.Select(w => $"'{w}'"))}, {consequence}; use '{Suggested(tmpfs)}'");
            return;
        }

        var missing = new List<string>();
        if (exec is null)
        {
            missing.Add("noexec");
        }

        if (suid is null)
        {
            missing.Add("nosuid");
        }

        if (missing.Count > 0)
        {
            context.Report(Descriptor, tmpfs.Origin,
                $"Service '{service.Name}' mounts tmpfs '{tmpfs.Target}' without stating {string.Join(" and ", missing.Select(m => $"'{m}'"))}; write them out so the protection does not rest on engine defaults ('{Suggested(tmpfs)}')");
        }
    }

    /// <summary>The entry with <c>noexec,nosuid</c> in place of whatever it said about them: <c>/tmp:rw,noexec,nosuid,size=64m</c>.</summary>
    private static string Suggested(ComposeTmpfsMount tmpfs)
    {
        var access = tmpfs.Options.LastOrDefault(o => o is "rw" or "ro") ?? "rw";
        var rest = tmpfs.Options.Where(o => o is not ("rw" or "ro" or "exec" or "noexec" or "suid" or "nosuid"));
        return tmpfs.Target + ":" + string.Join(",", new[] { access, "noexec", "nosuid" }.Concat(rest));
    }
}
