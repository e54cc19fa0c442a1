namespace DockerSecurity.Analysis.Reporting;

/// <summary>Hides secret values in anything we print: messages, logs, SARIF.</summary>
public static class Redaction
{
    /// <summary>
    /// Keeps two leading characters of a long value, so a reader can tell which value it is
    /// without learning it (<c>hunter2hunter2</c> becomes <c>hu*****</c>); short values are masked
    /// entirely. The mask has a fixed length so it does not leak the value's length either.
    /// </summary>
    public static string Redact(string secret)
    {
        const string mask = "*****";
        if (string.IsNullOrEmpty(secret))
        {
            return secret;
        }

        return secret.Length >= 8 ? secret.Substring(0, 2) + mask : mask;
    }

    /// <summary>
    /// Keeps the first <paramref name="formatPrefixLength"/> characters of a token, which name its
    /// format and are the same for every token of that kind (<c>ghp_</c>, <c>AKIA</c>), and masks
    /// the rest: <c>ghp_*****</c>. The mask has a fixed length.
    /// </summary>
    public static string RedactToken(string token, int formatPrefixLength)
    {
        const string mask = "*****";
        if (string.IsNullOrEmpty(token))
        {
            return token;
        }

        var keep = formatPrefixLength < 0 ? 0 : formatPrefixLength;
        return keep >= token.Length ? mask : token.Substring(0, keep) + mask;
    }
}
