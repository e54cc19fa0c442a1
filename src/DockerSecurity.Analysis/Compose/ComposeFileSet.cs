using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// Files that Compose reads together: a base file and the overrides applied on top of it.
/// <para>
/// A file named <c>NAME.SUFFIX.yml</c> (or <c>.yaml</c>) is an overlay of <c>NAME.yml</c>/<c>NAME.yaml</c>
/// in the same folder when that base is among the files: <c>compose.override.yaml</c>,
/// <c>docker-compose.override.yml</c>, <c>docker-compose.prod.yml</c>, <c>compose.staging.yaml</c>, ...
/// The <c>override</c> overlay is what <c>docker compose up</c> applies by default, so it forms the
/// base's default set; every other overlay is an environment (<c>-f base -f NAME.prod.yml</c>) and
/// forms its own set with the base alone. A base without overlays is a set by itself, and so is an
/// overlay whose base is not among the files.
/// </para>
/// </summary>
public sealed class ComposeFileSet
{
    private ComposeFileSet(string baseFile, IReadOnlyList<string> files, string? environment)
    {
        BaseFile = baseFile;
        Files = files;
        Environment = environment;
    }

    public string BaseFile { get; }

    /// <summary>The base file first, then its overrides in merge order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The environment overlay's suffix (<c>prod</c>), or null for the default set.</summary>
    public string? Environment { get; }

    /// <summary>Groups compose files into merge sets, deterministically (ordinal path order).</summary>
    public static IReadOnlyList<ComposeFileSet> Discover(IEnumerable<string> composeFiles)
    {
        var paths = composeFiles
            .Select(p => ComposeExtends.SafeFullPath(Directory.GetCurrentDirectory(), p) ?? p)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        var known = new HashSet<string>(paths, StringComparer.Ordinal);
        var overlays = new Dictionary<string, List<(string Path, string Suffix)>>(StringComparer.Ordinal);
        var bases = new List<string>();
        foreach (var path in paths)
        {
            if (FindBase(path, known) is { } found)
            {
                if (!overlays.TryGetValue(found.Base, out var list))
                {
                    overlays[found.Base] = list = new List<(string, string)>();
                }

                list.Add((path, found.Suffix));
            }
            else
            {
                bases.Add(path);
            }
        }

        var sets = new List<ComposeFileSet>();
        foreach (var @base in bases)
        {
            overlays.TryGetValue(@base, out var list);
            list ??= new List<(string, string)>();
            var overrides = list.Where(o => o.Suffix == "override").Select(o => o.Path).ToList();
            sets.Add(new ComposeFileSet(@base, new[] { @base }.Concat(overrides).ToList(), null));
            foreach (var overlay in list.Where(o => o.Suffix != "override"))
            {
                sets.Add(new ComposeFileSet(@base, new[] { @base, overlay.Path }, overlay.Suffix));
            }
        }

        return sets;
    }

    /// <summary>The base of <c>NAME.SUFFIX.yml</c>: <c>NAME.yml</c> or <c>NAME.yaml</c> when it is among the files and is itself no overlay.</summary>
    private static (string Base, string Suffix)? FindBase(string path, HashSet<string> known)
    {
        var directory = Path.GetDirectoryName(path) ?? "";
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(name);
        if (!extension.Equals(".yml", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var stem = name.Substring(0, name.Length - extension.Length);
        var dot = stem.LastIndexOf('.');
        if (dot <= 0 || dot == stem.Length - 1)
        {
            return null;
        }

        var baseStem = stem.Substring(0, dot);
        var suffix = stem.Substring(dot + 1);
        foreach (var candidateExtension in new[] { extension, ".yaml", ".yml" })
        {
            var candidate = Path.Combine(directory, baseStem + candidateExtension);
            if (known.Contains(candidate) && FindBase(candidate, known) is null)
            {
                return (candidate, suffix);
            }
        }

        return null;
    }

    public override string ToString() => string.Join(" + ", Files.Select(Path.GetFileName));
}
