using System.Reflection;

namespace DockerSecurity.Build;

/// <summary>The package version the task was built as, for SARIF's <c>tool.driver.version</c>.</summary>
internal static class ToolVersion
{
    /// <summary>The task assembly's informational version (the package version, plus <c>+commit</c> when the SDK knew it).</summary>
    public static string Current { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolVersion).Assembly.GetName().Version?.ToString()
        ?? "";
}
