using System;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>Host directories whose contents give away or take over the host when mounted into a container.</summary>
internal static class SensitiveHostPaths
{
    private static readonly (string Root, string Holds)[] Roots =
    {
        ("/", "the host's whole filesystem"),
        ("/etc", "the host's credentials and configuration"),
        ("/proc", "the host kernel's process and control interfaces"),
        ("/sys", "the host kernel's device and control interfaces"),
        ("/boot", "the host's kernel and boot files"),
        ("/dev", "the host's devices"),
        ("/root", "root's home with its keys and credentials"),
        ("/var/run", "the sockets of the host's daemons (Docker, containerd, systemd)"),
        ("/run", "the sockets of the host's daemons (Docker, containerd, systemd)"),
        ("/var/lib/docker", "the data and images of every container"),
        ("/var/lib/containerd", "the data and images of every container"),
        ("/usr", "the host's programs and libraries"),
        ("/lib", "the host's libraries and kernel modules"),
        ("/lib64", "the host's libraries"),
        ("/bin", "the host's programs"),
        ("/sbin", "the host's system programs"),
    };

    /// <summary>Files the time zone is commonly shared through; harmless when mounted read-only.</summary>
    private static readonly string[] TimeZoneFiles = { "/etc/localtime", "/etc/timezone" };

    /// <summary>
    /// The sensitive directory an absolute POSIX host path is or lies in (the most specific one),
    /// with what it holds; null for other paths, relative paths and Windows paths.
    /// </summary>
    public static (string Root, string Holds)? Find(string hostPath)
    {
        if (hostPath.Length == 0 || hostPath[0] != '/')
        {
            return null;
        }

        var path = Normalize(hostPath);
        (string Root, string Holds)? found = null;
        foreach (var entry in Roots)
        {
            var inside = entry.Root == "/"
                ? path == "/"
                : path == entry.Root || path.StartsWith(entry.Root + "/", StringComparison.Ordinal);
            if (inside && (found is null || entry.Root.Length > found.Value.Root.Length))
            {
                found = entry;
            }
        }

        return found;
    }

    /// <summary><paramref name="hostPath"/> is the sensitive directory itself, not a path inside it.</summary>
    public static bool IsRoot(string hostPath, string root) => Normalize(hostPath) == root;

    public static bool IsTimeZoneFile(string hostPath) => Array.IndexOf(TimeZoneFiles, Normalize(hostPath)) >= 0;

    /// <summary>On Linux <c>//etc</c> is <c>/etc</c>: one leading slash, then <c>.</c> and <c>..</c> resolved.</summary>
    private static string Normalize(string hostPath) => RepositoryPath.Normalize("/" + hostPath.TrimStart('/'));
}
