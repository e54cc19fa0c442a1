using System.Collections.Generic;
using DockerSecurity.Analysis.Dockerfiles;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>
/// What a .dockerignore must keep out of a build context copied whole: the repository history, local
/// environment files and key files. Each is probed with paths at the context root and two folders deep.
/// </summary>
internal static class BuildContextSecrets
{
    private static readonly (string Name, string[] Probes)[] Required =
    {
        (".env", new[] { ".env", "a/b/.env" }),
        ("*.pem", new[] { "server.pem", "a/b/server.pem" }),
        ("*.key", new[] { "server.key", "a/b/server.key" }),
        ("*.pfx", new[] { "server.pfx", "a/b/server.pfx" }),
        ("*.p12", new[] { "server.p12", "a/b/server.p12" }),
        ("id_rsa*", new[] { "id_rsa", "a/b/id_rsa" }),
    };

    /// <summary>The names (<c>.git</c>, <c>.env</c>, <c>*.pem</c>...) that <paramref name="context"/>'s ignore file lets through.</summary>
    public static IReadOnlyList<string> NotExcluded(BuildContext context)
    {
        var ignore = context.Ignore ?? DockerIgnore.Empty;
        var missing = new List<string>();

        // The history only counts where it is: in the context root of the repository. Its object
        // store is what matters; Visual Studio's default keeps HEAD and config on purpose.
        if (context.ContainsGitHistory && !ignore.Excludes(".git/objects/pack/history.pack"))
        {
            missing.Add(".git");
        }

        foreach (var (name, probes) in Required)
        {
            foreach (var probe in probes)
            {
                if (!ignore.Excludes(probe))
                {
                    missing.Add(name);
                    break;
                }
            }
        }

        return missing;
    }
}
