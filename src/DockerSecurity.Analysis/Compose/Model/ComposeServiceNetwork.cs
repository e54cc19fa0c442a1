using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Compose;

/// <summary>A network a service joins (<c>networks:</c> as a list or a mapping).</summary>
public sealed class ComposeServiceNetwork
{
    internal ComposeServiceNetwork(string name, ComposeOrigin nameOrigin, ComposeMapping? settings)
    {
        Name = name;
        NameOrigin = nameOrigin;
        Settings = settings;
    }

    public string Name { get; }

    public ComposeOrigin NameOrigin { get; }

    /// <summary>The per-network settings (aliases, ipv4_address, ...), or null.</summary>
    public ComposeMapping? Settings { get; }

    public IReadOnlyList<ComposeScalar> Aliases { get; internal set; } = Array.Empty<ComposeScalar>();

    public override string ToString() => Name;
}
