namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>The literal value of an ENV or ARG pair as the build sees it.</summary>
internal static class EnvironmentValue
{
    /// <summary>
    /// The value with quotes around the whole of it removed; null when it has none or depends on a
    /// variable (<c>$X</c>, <c>${X}</c>), so its build-time value is unknown here.
    /// </summary>
    public static string? Literal(string? written)
    {
        if (written is null || written.IndexOf('$') >= 0)
        {
            return null;
        }

        if (written.Length >= 2 && (written[0] == '"' || written[0] == '\'') && written[written.Length - 1] == written[0])
        {
            return written.Substring(1, written.Length - 2);
        }

        return written;
    }
}
