using System;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>Paths of the Docker daemon's API endpoint: any <c>docker.sock</c> (rootful, rootless, Docker Desktop) and the Windows named pipe.</summary>
internal static class DockerSocket
{
    public static bool IsSocketPath(string path)
    {
        var slashed = path.Replace('\\', '/').TrimEnd('/');
        var name = slashed.Substring(slashed.LastIndexOf('/') + 1);
        return name == "docker.sock"
            || slashed.EndsWith("/pipe/docker_engine", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The source names the socket whatever its variables hold: the file name after the last
    /// variable is literally <c>docker.sock</c> (<c>${XDG_RUNTIME_DIR}/docker.sock</c>).
    /// </summary>
    public static bool EndsWithSocketName(string raw)
    {
        var slashed = raw.Replace('\\', '/').TrimEnd('/');
        var slash = slashed.LastIndexOf('/');
        return slash >= 0 && slashed.IndexOf('$', slash) < 0 && IsSocketPath(slashed.Substring(slash));
    }

    /// <summary>The effective path when known, else whether the raw text ends in the socket's name.</summary>
    public static bool Names(MountSource source) =>
        source.Path is { } path ? IsSocketPath(path) : EndsWithSocketName(source.Raw);
}
