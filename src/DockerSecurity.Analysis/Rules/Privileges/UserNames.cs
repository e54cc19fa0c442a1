using System;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>What a USER value means, without looking inside the image.</summary>
internal static class UserNames
{
    /// <summary>
    /// <c>root</c>, <c>0</c>, <c>root:root</c>, <c>0:0</c>; on Windows <c>ContainerAdministrator</c>.
    /// The user part decides; Linux user names are case-sensitive.
    /// </summary>
    public static bool IsRoot(string user)
    {
        var colon = user.IndexOf(':');
        var name = colon < 0 ? user : user.Substring(0, colon);
        return name == "root" || name == "0" || string.Equals(name, "ContainerAdministrator", StringComparison.OrdinalIgnoreCase);
    }
}
