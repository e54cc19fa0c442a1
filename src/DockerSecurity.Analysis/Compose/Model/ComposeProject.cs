using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Compose;

/// <summary>A merged compose project: the files of one merge set with their includes and extends resolved.</summary>
public sealed class ComposeProject
{
    internal ComposeProject(
        ComposeMapping? root,
        IReadOnlyDictionary<string, ComposeService> services,
        IReadOnlyDictionary<string, ComposeResource> networks,
        IReadOnlyDictionary<string, ComposeResource> volumes,
        IReadOnlyDictionary<string, ComposeResource> secrets,
        IReadOnlyDictionary<string, ComposeResource> configs,
        IReadOnlyList<string> files)
    {
        Root = root;
        Services = services;
        Networks = networks;
        Volumes = volumes;
        Secrets = secrets;
        Configs = configs;
        Files = files;
    }

    internal static ComposeProject Empty(IReadOnlyList<string> files) => new(
        null,
        new OrderedMap<ComposeService>(),
        new OrderedMap<ComposeResource>(),
        new OrderedMap<ComposeResource>(),
        new OrderedMap<ComposeResource>(),
        new OrderedMap<ComposeResource>(),
        files);

    /// <summary>The merged document, for rules that scan every value; null when nothing could be read.</summary>
    public ComposeMapping? Root { get; }

    /// <summary>Services by name, in declaration order.</summary>
    public IReadOnlyDictionary<string, ComposeService> Services { get; }

    /// <summary>The obsolete top-level <c>version</c>, or null.</summary>
    public ComposeScalar? Version { get; internal set; }

    /// <summary>
    /// Every top-level <c>version</c> key as written, one per file document that has one (the given
    /// files and included ones, not <c>extends</c> sources), in read order; <see cref="Version"/> is only the merged value.
    /// </summary>
    public IReadOnlyList<ComposeEntry> VersionKeys { get; internal set; } = Array.Empty<ComposeEntry>();

    public ComposeScalar? Name { get; internal set; }

    public IReadOnlyDictionary<string, ComposeResource> Networks { get; }

    public IReadOnlyDictionary<string, ComposeResource> Volumes { get; }

    public IReadOnlyDictionary<string, ComposeResource> Secrets { get; }

    public IReadOnlyDictionary<string, ComposeResource> Configs { get; }

    /// <summary>
    /// Every document of every file read, as written in it (aliases and merge keys resolved, nothing
    /// merged or overridden), in reading order: for rules about what a file contains, such as a
    /// secret that an override replaces but that is still committed in the base file.
    /// </summary>
    public IReadOnlyList<ComposeNode> Documents { get; internal set; } = Array.Empty<ComposeNode>();

    /// <summary>Every file read: the given files first, then included and extended ones.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>
    /// The text of every file in <see cref="Files"/> that could be read (a skipped one is absent), by
    /// its path there: for whoever needs a file's text after the load, so that no file is read twice.
    /// </summary>
    public IReadOnlyDictionary<string, SourceFile> SourceFiles { get; internal set; } = new Dictionary<string, SourceFile>();
}
