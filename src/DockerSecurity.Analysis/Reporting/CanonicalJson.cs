using System;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DockerSecurity.Analysis.Reporting;

/// <summary>
/// The byte form of the JSON files we write (SARIF, baseline): UTF-8 without BOM, non-ASCII text
/// unescaped, 2-space indentation, LF line ends and a final newline, the same on every OS.
/// </summary>
internal static class CanonicalJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        // Utf8JsonWriter indents with Environment.NewLine; a raw CR only ever appears there (strings
        // escape theirs), so dropping every CR gives the same bytes on every OS.
        return stream.ToArray().Where(b => b != (byte)'\r').Concat(new[] { (byte)'\n' }).ToArray();
    }
}
