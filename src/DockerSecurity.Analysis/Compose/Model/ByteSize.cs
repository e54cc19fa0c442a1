using System.Globalization;

namespace DockerSecurity.Analysis.Compose;

/// <summary>Docker's memory sizes (binary units): <c>512m</c>, <c>1g</c>, <c>1.5GB</c>, <c>2GiB</c>, <c>1024</c> (bytes).</summary>
internal static class ByteSize
{
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var s = text.Trim();
        var i = 0;
        while (i < s.Length && (char.IsDigit(s[i]) || s[i] == '.'))
        {
            i++;
        }

        if (i == 0 || !double.TryParse(s.Substring(0, i), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var unit = s.Substring(i).TrimStart(' ').ToLowerInvariant();
        double multiplier;
        switch (unit)
        {
            case "":
            case "b": multiplier = 1; break;
            case "k": case "kb": case "kib": case "ki": multiplier = 1024d; break;
            case "m": case "mb": case "mib": case "mi": multiplier = 1024d * 1024; break;
            case "g": case "gb": case "gib": case "gi": multiplier = 1024d * 1024 * 1024; break;
            case "t": case "tb": case "tib": case "ti": multiplier = 1024d * 1024 * 1024 * 1024; break;
            case "p": case "pb": case "pib": case "pi": multiplier = 1024d * 1024 * 1024 * 1024 * 1024; break;
            default: return false;
        }

        var result = number * multiplier;
        if (result > long.MaxValue)
        {
            return false;
        }

        bytes = (long)result;
        return true;
    }
}
