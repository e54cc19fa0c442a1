using System.Text;

namespace DockerSecurity.Analysis.Text;

/// <summary>A short, stable, non-cryptographic hash (FNV-1a, 64 bits) for cache keys and listings.</summary>
internal static class Fingerprint
{
    public static string Of(string text)
    {
        const ulong offset = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offset;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * prime;
        }

        return hash.ToString("x16");
    }
}
