using System;

namespace DockerSecurity.Build;

/// <summary>A boolean property as MSBuild reads one for a task parameter, but a wrong value is a finding, not a failed build.</summary>
internal static class MSBuildBoolean
{
    /// <summary>Empty is false; <c>true</c>/<c>on</c>/<c>yes</c> and <c>false</c>/<c>off</c>/<c>no</c> case-insensitively; anything else is not a boolean.</summary>
    public static bool TryParse(string? value, out bool result)
    {
        result = false;
        var text = value?.Trim() ?? "";
        if (text.Length == 0 || Is(text, "false") || Is(text, "off") || Is(text, "no"))
        {
            return true;
        }

        result = Is(text, "true") || Is(text, "on") || Is(text, "yes");
        return result;
    }

    private static bool Is(string text, string word) => string.Equals(text, word, StringComparison.OrdinalIgnoreCase);
}
