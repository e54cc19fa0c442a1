namespace DockerSecurity.Analysis.Shell;

/// <summary>What a command name means: <c>/usr/bin/apt-get</c> runs <c>apt-get</c>.</summary>
internal static class CommandName
{
    public static string BaseName(string value)
    {
        var slash = value.LastIndexOf('/');
        return slash >= 0 && slash < value.Length - 1 ? value.Substring(slash + 1) : value;
    }

    public static bool IsOneOf(string? name, string[] names)
    {
        if (name is null)
        {
            return false;
        }

        foreach (var candidate in names)
        {
            if (name == candidate)
            {
                return true;
            }
        }

        return false;
    }
}
