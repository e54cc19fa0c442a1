using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>Where to report on a service attribute as a whole (a list that lacks something).</summary>
internal static class ServiceKey
{
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
