using System;
using System.IO;
using System.Security;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>Reads a config file's text; its encoding is taken from a BOM, UTF-8 otherwise, as the compiler does.</summary>
internal static class ConfigFileReader
{
    /// <summary>Far above any real config (generated SDK global configs are around 100 KB).</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    public static bool TryRead(string path, out string text, out string? problem)
    {
        text = "";
        problem = null;
        try
        {
            var info = TrackedFileSystem.FileInfo(path);
            if (!info.Exists)
            {
                problem = "the file does not exist";
                return false;
            }

            if (info.Length > MaxBytes)
            {
                problem = string.Format(System.Globalization.CultureInfo.InvariantCulture, "it is {0:N0} bytes, over the {1:N0}-byte limit", info.Length, MaxBytes);
                return false;
            }

            text = TrackedFileSystem.ReadAllText(path);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
        {
            problem = $"it cannot be read ({exception.Message})";
            return false;
        }
    }
}
