using System;
using System.IO;
using System.Text.Json;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>
/// A seccomp profile file as Compose and the engine use it: Compose reads the file (a relative path
/// from the project folder) and sends its JSON, and the runtime needs a <c>defaultAction</c>.
/// </summary>
internal static class SeccompProfileFile
{
    /// <summary>What is wrong with the profile at <paramref name="fullPath"/>, or null when it can be used.</summary>
    public static string? Problem(string fullPath)
    {
        if (TrackedFileSystem.DirectoryExists(fullPath))
        {
            return "is a folder, not a file";
        }

        if (!TrackedFileSystem.FileExists(fullPath))
        {
            return "does not exist";
        }

        var read = SourceFileReader.Read(fullPath);
        if (read.File is null)
        {
            return "cannot be read: " + read.Refusal;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(read.File.Text, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } l ? $" at line {l + 1}" : "";
            return $"is not valid JSON{line}";
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return "is not a JSON object";
            }

            // Go's JSON decoding matches field names case-insensitively.
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (string.Equals(property.Name, "defaultAction", StringComparison.OrdinalIgnoreCase))
                {
                    return property.Value.ValueKind == JsonValueKind.String && property.Value.GetString()!.Length > 0
                        ? null
                        : "has a 'defaultAction' that is not an action name";
                }
            }

            return "has no 'defaultAction'";
        }
    }
}
