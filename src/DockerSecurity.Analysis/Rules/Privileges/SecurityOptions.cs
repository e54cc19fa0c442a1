using System.Collections.Generic;
using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>A service's merged <c>security_opt</c>: the entries the build can read, and whether any depends on the environment.</summary>
internal sealed class SecurityOptions
{
    private SecurityOptions(ComposeEntry? key, IReadOnlyList<SecurityOption> entries, bool hasUnknownEntries)
    {
        Key = key;
        Entries = entries;
        HasUnknownEntries = hasUnknownEntries;
    }

    /// <summary>The <c>security_opt</c> key, or null when the merged service has none.</summary>
    public ComposeEntry? Key { get; }

    /// <summary>Entries whose text is known, in merge order.</summary>
    public IReadOnlyList<SecurityOption> Entries { get; }

    /// <summary>
    /// Some entry is a variable without a default, or <c>security_opt</c> is not a list (DKS0003),
    /// so what is missing cannot be told.
    /// </summary>
    public bool HasUnknownEntries { get; }

    public static SecurityOptions Of(ComposeService service)
    {
        var entries = new List<SecurityOption>(service.SecurityOpt.Count);
        var unknown = false;
        foreach (var scalar in service.SecurityOpt)
        {
            if (KnownValues.Of(scalar) is { } text)
            {
                entries.Add(SecurityOption.Parse(scalar, text));
            }
            else
            {
                unknown = true;
            }
        }

        var key = service.Node.GetEntry("security_opt");
        return new SecurityOptions(key, entries, unknown || (key is not null && !ServiceKey.HoldsList(key)));
    }
}
