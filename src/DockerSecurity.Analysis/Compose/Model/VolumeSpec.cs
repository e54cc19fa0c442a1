using System.Collections.Generic;

namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// Compose's short volume syntax (<c>SOURCE:TARGET[:OPTIONS]</c>, <c>TARGET</c>), Windows drive
/// letters kept whole, options <c>ro</c>, <c>rw</c>, <c>nocopy</c>, propagation and SELinux labels.
/// </summary>
internal static class VolumeSpec
{
    /// <summary>Fills <paramref name="mount"/>; returns why the text is not a volume, or null.</summary>
    public static string? Parse(string spec, ComposeVolumeMount mount)
    {
        if (spec.Length == 0)
        {
            return "it is empty";
        }

        var fields = new List<string>(3);
        var buffer = 0;
        for (var i = 0; i <= spec.Length; i++)
        {
            var end = i == spec.Length;
            if (!end && spec[i] != ':')
            {
                continue;
            }

            // "C:\path" and "C:/path": a drive letter's colon is part of the path.
            if (!end && i - buffer == 1 && char.IsLetter(spec[buffer]) && i + 1 < spec.Length && (spec[i + 1] == '\\' || spec[i + 1] == '/'))
            {
                continue;
            }

            var field = spec.Substring(buffer, i - buffer);
            if (field.Length == 0)
            {
                return "it has an empty part between colons";
            }

            fields.Add(field);
            buffer = i + 1;
        }

        if (fields.Count > 3)
        {
            return "it has too many colons";
        }

        if (fields.Count == 1)
        {
            mount.Target = fields[0];
            mount.Type = "volume";
            return null;
        }

        mount.Source = fields[0];
        mount.Target = fields[1];
        mount.Type = IsFilePath(fields[0]) ? "bind" : "volume";
        if (fields.Count == 3)
        {
            var options = fields[2].Split(',');
            mount.Options = options;
            foreach (var option in options)
            {
                switch (option)
                {
                    case "ro":
                        mount.ReadOnly = true;
                        break;
                    case "rw":
                        mount.ReadOnly = false;
                        break;
                    case "nocopy":
                        mount.NoCopy = true;
                        break;
                    case "z":
                    case "Z":
                        mount.SELinux = option;
                        break;
                    case "shared":
                    case "rshared":
                    case "slave":
                    case "rslave":
                    case "private":
                    case "rprivate":
                        mount.Propagation = option;
                        break;
                }
            }
        }

        return null;
    }

    public static bool IsFilePath(string source)
    {
        if (source.Length == 0)
        {
            return false;
        }

        if (source[0] is '.' or '/' or '~' || source.StartsWith("\\\\", System.StringComparison.Ordinal))
        {
            return true;
        }

        return source.Length >= 2 && char.IsLetter(source[0]) && source[1] == ':';
    }
}
