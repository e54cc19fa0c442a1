using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>Where to report on a service attribute as a whole (a list that lacks something).</summary>
internal static class ServiceKey
{
    /// <summary>A list (or nothing); another shape was reported as DKS0003, so the rules leave it alone.</summary>
    public static bool HoldsList(ComposeEntry entry) => entry.Value is ComposeSequence or ComposeScalar { IsNull: true };

    /// <summary>
    /// The key, when the value was written in the same file; otherwise (an override replaced the
    /// list with <c>!override</c>) the value's first entry, in the file that supplied it.
    /// </summary>
    public static ComposeOrigin Locate(ComposeEntry entry)
    {
        if (entry.Value.Origin.FilePath == entry.KeyOrigin.FilePath)
        {
            return entry.KeyOrigin;
        }

        return entry.Value is ComposeSequence { Count: > 0 } list ? list.Items[0].Origin : entry.Value.Origin;
    }
}
