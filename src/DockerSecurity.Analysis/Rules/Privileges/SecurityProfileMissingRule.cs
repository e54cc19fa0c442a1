using System;
using System.IO;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>
/// DKS2013: a custom profile that cannot work. <c>seccomp=&lt;file&gt;</c> with a relative path is
/// read from the project folder (the base file's folder), as Compose reads it, and must be a JSON
/// profile with a <c>defaultAction</c>; absolute and <c>~</c> paths name files on the host that
/// runs Compose and are not checked. <c>apparmor=</c> takes the name of a profile loaded on the
/// host, so a value that is a file path is reported.
/// </summary>
public sealed class SecurityProfileMissingRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.SecurityProfileMissing;

    public void Analyze(ComposeContext context)
    {
        var projectFolder = Path.GetDirectoryName(context.Files.BaseFile) ?? "";
        foreach (var service in context.Project.Services.Values)
        {
            foreach (var option in SecurityOptions.Of(service).Entries)
            {
                if (option.Value is not { Length: > 0 } value)
                {
                    continue;
                }

                if (option.Name == "seccomp" && value is not ("unconfined" or "builtin"))
                {
                    CheckSeccomp(context, service, option, value, projectFolder);
                }
                else if (option.Name == "apparmor" && IsFilePath(value, projectFolder))
                {
                    context.Report(Descriptor, option.ValueOrigin,
                        $"Service '{service.Name}' sets 'apparmor={value}', a file path, but Docker expects the name of an AppArmor profile loaded on the host; load it with apparmor_parser and reference its name");
                }
            }
        }
    }

    private void CheckSeccomp(ComposeContext context, ComposeService service, SecurityOption option, string path, string projectFolder)
    {
        if (path.StartsWith("~", StringComparison.Ordinal) || RepositoryPath.IsRooted(path)
            || ComposeExtends.SafeFullPath(projectFolder, path) is not { } full
            || SeccompProfileFile.Problem(full) is not { } problem)
        {
            return;
        }

        context.Report(Descriptor, option.ValueOrigin,
            $"Service '{service.Name}' uses the seccomp profile '{path}', which {problem}, so Compose cannot start the service; commit a valid profile at that path (relative to the project folder)");
    }

    /// <summary>Relative paths, backslashes, files under /etc/apparmor.d and files that exist in the project are not profile names.</summary>
    private static bool IsFilePath(string value, string projectFolder)
    {
        if (value.StartsWith("./", StringComparison.Ordinal) || value.StartsWith("../", StringComparison.Ordinal)
            || value.StartsWith("~/", StringComparison.Ordinal) || value.IndexOf('\\') >= 0
            || value.StartsWith("/etc/apparmor.d/", StringComparison.Ordinal))
        {
            return true;
        }

        return value.IndexOf('/') > 0 && ComposeExtends.SafeFullPath(projectFolder, value) is { } full && TrackedFileSystem.FileExists(full);
    }
}
