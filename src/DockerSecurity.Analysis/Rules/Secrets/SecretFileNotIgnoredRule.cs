using System;
using System.Collections.Generic;
using System.IO;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Rules.Secrets;

/// <summary>
/// DKS4006: a top-level <c>secrets:</c> entry reads a <c>file:</c> that lies inside a Git working
/// tree and that the repository's ignore files do not ignore, so <c>git add .</c> commits it.
/// </summary>
public sealed class SecretFileNotIgnoredRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.SecretFileNotIgnored;

    public void Analyze(ComposeContext context)
    {
        var repositories = new Dictionary<string, GitIgnore>(StringComparer.Ordinal);
        foreach (var secret in context.Project.Secrets.Values)
        {
            if (secret.File is not { IsNull: false } file || secret.FilePath is not { } path
                || !KnownValues.IsKnown(file) || secret.External?.Value == true)
            {
                continue;
            }

            var folder = Path.GetDirectoryName(path);
            if (folder is null || GitIgnore.FindRepositoryRoot(folder) is not { } root)
            {
                continue;
            }

            if (!repositories.TryGetValue(root, out var ignore))
            {
                ignore = GitIgnore.ForRepository(root);
                repositories[root] = ignore;
            }

            if (ignore.IsIgnoredPath(path, TrackedFileSystem.DirectoryExists(path)))
            {
                continue;
            }

            context.Report(Descriptor, file.Origin,
                $"Secret file '{file.Value}' is inside the repository and .gitignore does not ignore it, so it can be committed; add '{Suggestion(root, path, file.Origin.FilePath)}' to .gitignore",
                "secret " + secret.Name);
        }
    }

    /// <summary>
    /// What to ignore: the secret's folder (<c>secrets/</c>, <c>deploy/secrets/</c>), or the file
    /// itself (<c>/db_password.txt</c>) when that folder is the root or also holds the compose file.
    /// </summary>
    private static string Suggestion(string root, string path, string composeFile)
    {
        var relative = Relative(root, path);
        var slash = relative.LastIndexOf('/');
        var folder = slash > 0 ? relative.Substring(0, slash) : "";
        var composeRelative = Relative(root, composeFile);
        if (folder.Length == 0 || composeRelative.StartsWith(folder + "/", StringComparison.Ordinal))
        {
            return "/" + relative;
        }

        return folder + "/";
    }

    private static string Relative(string root, string path)
    {
        var full = Path.GetFullPath(path);
        var prefix = root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var relative = full.StartsWith(prefix, StringComparison.Ordinal) ? full.Substring(prefix.Length) : Path.GetFileName(full);
        return relative.Replace('\\', '/');
    }
}
