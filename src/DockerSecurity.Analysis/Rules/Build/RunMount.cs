using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Dockerfiles;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>A <c>RUN --mount=type=cache,target=/var/cache/apt</c>: what it mounts where.</summary>
internal sealed record RunMount(string Type, string Target)
{
    /// <summary>The mounts of a RUN; <c>type</c> defaults to <c>bind</c> as in BuildKit.</summary>
    public static IReadOnlyList<RunMount> Of(Instruction run)
    {
        List<RunMount>? mounts = null;
        foreach (var flag in run.Flags)
        {
            if (flag.Name != "mount" || flag.Value is null)
            {
                continue;
            }

            var type = "bind";
            string? target = null;
            foreach (var field in flag.Value.Split(','))
            {
                var equals = field.IndexOf('=');
                if (equals <= 0)
                {
                    continue;
                }

                var key = field.Substring(0, equals).Trim().ToLowerInvariant();
                var value = field.Substring(equals + 1).Trim().Trim('"');
                if (key == "type")
                {
                    type = value.ToLowerInvariant();
                }
                else if (key is "target" or "dst" or "destination")
                {
                    target = value;
                }
            }

            if (target is not null)
            {
                (mounts ??= new List<RunMount>()).Add(new RunMount(type, target));
            }
        }

        return mounts ?? (IReadOnlyList<RunMount>)Array.Empty<RunMount>();
    }

    /// <summary>Whether a cache or tmpfs mount of the RUN covers <paramref name="path"/>, so what is written there stays out of the layer.</summary>
    public static bool KeepsOutOfLayer(Instruction run, params string[] paths)
    {
        foreach (var mount in Of(run))
        {
            if (mount.Type is not ("cache" or "tmpfs"))
            {
                continue;
            }

            foreach (var path in paths)
            {
                if (FilePaths.Covers(mount.Target, path))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
