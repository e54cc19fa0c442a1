using System.Collections.Generic;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>Go's <c>path.Clean</c> and <c>path.Dir</c> on slash-separated paths, as Docker applies them to .dockerignore patterns.</summary>
internal static class SlashPath
{
    /// <summary>
    /// The shortest equivalent path by lexical processing: repeated slashes collapse, <c>.</c>
    /// elements go, <c>..</c> removes the element before it (or is dropped at the root), a trailing
    /// slash goes; an empty result is <c>.</c>.
    /// </summary>
    public static string Clean(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        var rooted = path[0] == '/';
        var elements = new List<string>();
        foreach (var element in path.Split('/'))
        {
            if (element.Length == 0 || element == ".")
            {
                continue;
            }

            if (element == "..")
            {
                if (elements.Count > 0 && elements[elements.Count - 1] != "..")
                {
                    elements.RemoveAt(elements.Count - 1);
                }
                else if (!rooted)
                {
                    elements.Add(element);
                }

                continue;
            }

            elements.Add(element);
        }

        var joined = string.Join("/", elements);
        if (rooted)
        {
            return "/" + joined;
        }

        return joined.Length == 0 ? "." : joined;
    }

    /// <summary>All but the last element, cleaned: <c>a/b</c> for <c>a/b/c</c>, <c>.</c> for <c>a</c>.</summary>
    public static string Dir(string path)
    {
        var slash = path.LastIndexOf('/');
        return Clean(slash < 0 ? string.Empty : path.Substring(0, slash + 1));
    }
}
