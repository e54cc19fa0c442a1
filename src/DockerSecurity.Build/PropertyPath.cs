using System;
using System.IO;
using System.Security;

namespace DockerSecurity.Build;

/// <summary>A path-valued property, made absolute against the project folder; a value that is no path is a finding, not a crash.</summary>
internal static class PropertyPath
{
    /// <returns>False with <paramref name="problem"/> set when <paramref name="value"/> is not a valid path on this machine.</returns>
    public static bool TryResolve(string projectDirectory, string value, out string path, out string problem)
    {
        path = "";
        problem = "";
        try
        {
            path = Path.GetFullPath(Path.Combine(projectDirectory, value));
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException or SecurityException)
        {
            problem = exception.Message;
            return false;
        }
    }
}
