using System;
using System.Globalization;

namespace DockerSecurity.Analysis.Compose;

/// <summary>Go's duration syntax, which Compose uses: <c>30s</c>, <c>1m30s</c>, <c>1.5h</c>, <c>500ms</c>, <c>0</c>.</summary>
internal static class GoDuration
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var s = text.Trim();
        if (s.Length == 0)
        {
            return false;
        }

        var negative = false;
        if (s[0] == '-' || s[0] == '+')
        {
            negative = s[0] == '-';
            s = s.Substring(1);
        }

        if (s == "0")
        {
            return true;
        }

        double ticks = 0;
        var i = 0;
        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && (char.IsDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }

            if (i == start || !double.TryParse(s.Substring(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            var unitStart = i;
            while (i < s.Length && !char.IsDigit(s[i]) && s[i] != '.')
            {
                i++;
            }

            double unitTicks;
            switch (s.Substring(unitStart, i - unitStart))
            {
                case "ns": unitTicks = 0.01; break;
                case "us":
                case "\u00b5s":
                case "\u03bcs": unitTicks = 10; break;
                case "ms": unitTicks = TimeSpan.TicksPerMillisecond; break;
                case "s": unitTicks = TimeSpan.TicksPerSecond; break;
                case "m": unitTicks = TimeSpan.TicksPerMinute; break;
                case "h": unitTicks = TimeSpan.TicksPerHour; break;
                default: return false;
            }

            ticks += number * unitTicks;
            if (ticks > TimeSpan.MaxValue.Ticks)
            {
                return false;
            }
        }

        value = TimeSpan.FromTicks((long)(negative ? -ticks : ticks));
        return true;
    }
}
