using System;

namespace DockerSecurity.Analysis.Rules.Build.Packages;

/// <summary>
/// Whether a package installed in a RUN is removed again before the RUN ends: by name
/// (<c>apt-get purge -y gcc</c>), through its virtual package (<c>apk add --virtual .build-deps gcc</c>
/// then <c>apk del .build-deps</c>), or by the official images' idiom that marks everything
/// automatic and purges with <c>--auto-remove</c> (<c>apt-mark auto '.*'</c> ... <c>apt-get purge -y --auto-remove</c>).
/// </summary>
internal static class PackageRemovals
{
    public static bool IsRemovedLater(PackageCommands packages, PackageCommand install, PackageArgument package)
    {
        var installedAt = packages.OrderOf(install.Command);
        foreach (var removal in packages.Commands)
        {
            if (removal.Family != install.Family || removal.Action != PackageAction.Remove || packages.OrderOf(removal.Command) <= installedAt)
            {
                continue;
            }

            foreach (var removed in removal.Packages)
            {
                if (removed.Kind == PackageArgumentKind.Repository
                    && (removed.Name == package.Name || (install.VirtualPackage is not null && removed.Name == install.VirtualPackage)))
                {
                    return true;
                }
            }

            if (install.Family == PackageManagerFamily.Apt && AutoRemoves(removal) && MarksAllAutomatic(packages, installedAt, packages.OrderOf(removal.Command)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AutoRemoves(PackageCommand removal) =>
        removal.ActionWord?.Value is "autoremove" or "autopurge" || removal.HasOption("--auto-remove", "--autoremove");

    /// <summary>An <c>apt-mark auto</c> between the install and the removal hands every package it names (usually <c>'.*'</c>) to autoremove.</summary>
    private static bool MarksAllAutomatic(PackageCommands packages, int from, int to)
    {
        var commands = packages.Script.AllCommands;
        for (var i = from + 1; i < to && i < commands.Count; i++)
        {
            var invocation = commands[i].Unwrapped;
            var arguments = invocation.Arguments;
            if (invocation.Is("apt-mark") && arguments.Count > 1 && arguments[0].Value == "auto")
            {
                return true;
            }
        }

        return false;
    }
}
