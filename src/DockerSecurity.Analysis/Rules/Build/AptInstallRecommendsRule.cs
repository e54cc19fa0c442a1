using System.Collections.Generic;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Rules.Build.Packages;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>
/// DKS3001: <c>apt-get install</c> or <c>apt install</c> that also installs recommended packages:
/// no <c>--no-install-recommends</c>, no <c>-o APT::Install-Recommends=false</c>, and no APT
/// configuration written earlier in the stage (or the stages it is built from) that turns them off.
/// </summary>
public sealed class AptInstallRecommendsRule : IDockerfileRule
{
    public RuleDescriptor Descriptor => RuleCatalog.AptInstallRecommends;

    public void Analyze(DockerfileContext context)
    {
        // Whether each stage ends with recommends turned off in its APT configuration.
        var configured = new Dictionary<Stage, bool>();
        foreach (var stage in context.Model.Stages)
        {
            var off = stage.BaseStage is { } parent && configured.TryGetValue(parent, out var inherited) && inherited;
            foreach (var instruction in stage.Instructions)
            {
                foreach (var write in FileWrite.In(instruction))
                {
                    off |= TurnsOffRecommends(write);
                }

                if (instruction.Is(InstructionKeywords.Run) && context.ShellOf(instruction) is { } script)
                {
                    off |= Check(context, PackageCommands.Of(script), off);
                }
            }

            configured[stage] = off;
        }
    }

    /// <summary>Reports the installs of one script; returns whether the script turns recommends off for later steps.</summary>
    private bool Check(DockerfileContext context, PackageCommands packages, bool configured)
    {
        var writes = new List<FileWrite>();
        foreach (var write in FileWrite.In(packages.Script))
        {
            if (TurnsOffRecommends(write))
            {
                writes.Add(write);
            }
        }

        foreach (var install in packages.Commands)
        {
            if (!install.Is(PackageAction.Install, PackageManagerFamily.Apt) || configured || SkipsRecommends(install)
                || writes.Exists(write => packages.RunsAfter(install.Command, write.Command!)))
            {
                continue;
            }

            context.Report(Descriptor, install.Anchor.Span,
                $"'{install.Display}' without --no-install-recommends also installs every package they recommend, which the image does not need; add --no-install-recommends");
        }

        return writes.Count > 0;
    }

    private static bool SkipsRecommends(PackageCommand install)
    {
        if (install.HasOption("--no-install-recommends"))
        {
            return true;
        }

        foreach (var option in install.Arguments.FindOptions("-o", "--option"))
        {
            if (option.Value is { } value && AptConfiguration.TurnsOffRecommends(value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TurnsOffRecommends(FileWrite write)
    {
        if (!AptConfiguration.IsConfigFile(write.Path))
        {
            return false;
        }

        foreach (var text in write.Content)
        {
            if (AptConfiguration.TurnsOffRecommends(text.Text))
            {
                return true;
            }
        }

        return false;
    }
}
