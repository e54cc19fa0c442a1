using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// Reads and writes <c>.dockersecurity-baseline.json</c>:
/// <code>
/// {
///   "version": 1,
///   "findings": [
///     {
///       "ruleId": "DKS1001",
///       "file": "src/api/Dockerfile",
///       "fingerprint": "3f2a...(32 hex digits)",
///       "message": "the finding's redacted message, for humans"
///     }
///   ]
/// }
/// </code>
/// Written as UTF-8 without BOM, 2-space indentation, LF line ends and a final newline, findings
/// sorted by file, ruleId, fingerprint: the same findings always give the same bytes. Reading
/// tolerates a BOM, comments, trailing commas and unknown properties; it never throws.
/// </summary>
public static class BaselineFile
{
    private const int WriteAttempts = 10;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads a baseline file; a missing, unreadable or malformed file gives DKS0005, never an exception.</summary>
    public static BaselineReadResult Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = TrackedFileSystem.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException || e is DirectoryNotFoundException)
        {
            return Failed(path, ConfigurationProblem.WholeFile, $"Baseline file '{path}' does not exist.");
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException)
        {
            return Failed(path, ConfigurationProblem.WholeFile, $"Baseline file '{path}' cannot be read: {e.Message}");
        }

        return Parse(bytes, path);
    }

    /// <summary>Parses the bytes of a baseline file; <paramref name="path"/> is where diagnostics point.</summary>
    public static BaselineReadResult Parse(byte[] bytes, string path)
    {
        var data = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
            ? bytes.Skip(3).ToArray()
            : bytes;
        if (data.All(b => b == (byte)' ' || b == (byte)'\t' || b == (byte)'\r' || b == (byte)'\n'))
        {
            return Failed(path, ConfigurationProblem.WholeFile, "Baseline file is empty: expected { \"version\": 1, \"findings\": [...] }.");
        }

        var problems = new List<Diagnostic>();
        var lines = new BaselineByteLines(data);
        var reader = new Utf8JsonReader(data, ReaderOptions);
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return Failed(path, TokenSpan(lines, ref reader), "Baseline file must hold a JSON object: { \"version\": 1, \"findings\": [...] }.");
            }

            var rootSpan = TokenSpan(lines, ref reader);
            int? version = null;
            var versionValid = true;
            var entries = new List<BaselineEntry>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "version":
                        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) && number == Baseline.CurrentVersion)
                        {
                            version = number;
                        }
                        else
                        {
                            versionValid = false;
                            problems.Add(ConfigurationProblem.At(path, TokenSpan(lines, ref reader), $"Baseline version {ValueText(ref reader)} is not supported: this version of DockerSecurity.Build reads version {Baseline.CurrentVersion}."));
                            reader.Skip();
                        }

                        break;
                    case "findings":
                        if (reader.TokenType == JsonTokenType.StartArray)
                        {
                            ReadFindings(lines, ref reader, path, entries, problems);
                        }
                        else
                        {
                            problems.Add(ConfigurationProblem.At(path, TokenSpan(lines, ref reader), "Baseline \"findings\" must be an array."));
                            reader.Skip();
                        }

                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            // Reaching the end also makes the reader reject anything after the root object.
            while (reader.Read())
            {
            }

            if (version is null)
            {
                if (versionValid)
                {
                    problems.Add(ConfigurationProblem.At(path, rootSpan, $"Baseline file has no \"version\": {Baseline.CurrentVersion}."));
                }

                return new BaselineReadResult(null, problems);
            }

            return new BaselineReadResult(new Baseline(entries, path), problems);
        }
        catch (JsonException e)
        {
            return Failed(path, ExceptionSpan(lines, e), "Baseline file is not valid JSON: " + Reason(e.Message));
        }
        catch (Exception e) when (e is InvalidOperationException || e is ArgumentException || e is FormatException)
        {
            return Failed(path, lines.Span(reader.TokenStartIndex, reader.TokenStartIndex), "Baseline file cannot be read: " + e.Message);
        }
    }

    /// <summary>The exact bytes of a baseline file for <paramref name="baseline"/>.</summary>
    public static byte[] ToUtf8(Baseline baseline) =>
        CanonicalJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", Baseline.CurrentVersion);
            writer.WriteStartArray("findings");
            foreach (var entry in baseline.Entries)
            {
                writer.WriteStartObject();
                writer.WriteString("ruleId", entry.RuleId);
                writer.WriteString("file", entry.File);
                writer.WriteString("fingerprint", entry.Fingerprint);
                writer.WriteString("message", entry.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    /// <summary>
    /// Replaces the file atomically: a temporary file in the same folder, then a rename over the
    /// target. Another build writing the same file at once makes the rename fail now and then, so
    /// it is retried; an unchanged file is left untouched (incremental builds keep its timestamp).
    /// Returns DKS0005 when the file cannot be written, else null.
    /// </summary>
    public static Diagnostic? Write(string path, Baseline baseline)
    {
        var bytes = ToUtf8(baseline);
        Exception? failure = null;
        for (var attempt = 0; attempt < WriteAttempts; attempt++)
        {
            string? temporary = null;
            try
            {
                var full = Path.GetFullPath(path);
                if (File.Exists(full) && File.ReadAllBytes(full).SequenceEqual(bytes))
                {
                    return null;
                }

                temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    stream.Write(bytes, 0, bytes.Length);
                }

                if (File.Exists(full))
                {
                    File.Replace(temporary, full, null);
                }
                else
                {
                    File.Move(temporary, full);
                }

                return null;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                failure = e;
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException)
            {
                failure = e;
                break;
            }
            finally
            {
                DeleteQuietly(temporary);
            }

            Thread.Sleep(10 * (attempt + 1));
        }

        return ConfigurationProblem.At(path, ConfigurationProblem.WholeFile, $"Baseline file '{path}' cannot be written: {failure?.Message}");
    }

    private static void ReadFindings(BaselineByteLines lines, ref Utf8JsonReader reader, string path, List<BaselineEntry> entries, List<Diagnostic> problems)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                problems.Add(ConfigurationProblem.At(path, TokenSpan(lines, ref reader), "Each baseline finding must be an object with \"ruleId\", \"file\" and \"fingerprint\"."));
                reader.Skip();
                continue;
            }

            var start = reader.TokenStartIndex;
            string? ruleId = null, file = null, fingerprint = null, message = null;
            var valid = true;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (name is "ruleId" or "file" or "fingerprint" or "message")
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        problems.Add(ConfigurationProblem.At(path, TokenSpan(lines, ref reader), $"Baseline \"{name}\" must be a string."));
                        valid = false;
                        reader.Skip();
                        continue;
                    }

                    var value = reader.GetString()!;
                    switch (name)
                    {
                        case "ruleId": ruleId = value.ToUpperInvariant(); break;
                        case "file": file = value; break;
                        case "fingerprint": fingerprint = value.ToLowerInvariant(); break;
                        default: message = value; break;
                    }
                }
                else
                {
                    reader.Skip();
                }
            }

            var span = lines.Span(start, reader.TokenStartIndex + 1);
            var missing = new[] { ("ruleId", ruleId), ("file", file), ("fingerprint", fingerprint) }.Where(p => p.Item2 is null).Select(p => p.Item1).ToList();
            if (missing.Count > 0)
            {
                if (valid)
                {
                    problems.Add(ConfigurationProblem.At(path, span, $"Baseline finding lacks {string.Join(", ", missing.Select(m => "\"" + m + "\""))}: it is ignored."));
                }

                continue;
            }

            if (valid)
            {
                entries.Add(new BaselineEntry(ruleId!, file!, fingerprint!, message ?? "") { Span = span });
            }
        }
    }

    private static string ValueText(ref Utf8JsonReader reader) =>
        reader.TokenType switch
        {
            JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null => Encoding.UTF8.GetString(reader.ValueSpan.ToArray()),
            JsonTokenType.String => "'" + reader.GetString() + "'",
            _ => "(" + reader.TokenType.ToString().ToLowerInvariant() + ")",
        };

    private static SourceSpan TokenSpan(BaselineByteLines lines, ref Utf8JsonReader reader)
    {
        var start = reader.TokenStartIndex;
        var length = reader.TokenType switch
        {
            JsonTokenType.String => reader.ValueSpan.Length + 2,
            JsonTokenType.StartObject or JsonTokenType.StartArray => 1,
            _ => reader.ValueSpan.Length,
        };
        return lines.Span(start, start + length);
    }

    private static SourceSpan ExceptionSpan(BaselineByteLines lines, JsonException e)
    {
        var offset = lines.StartOfLine(e.LineNumber ?? 0) + (e.BytePositionInLine ?? 0);
        return lines.Span(offset, offset);
    }

    /// <summary>Drops System.Text.Json's own "LineNumber: .. | BytePositionInLine: .." tail: the diagnostic has the position.</summary>
    private static string Reason(string message)
    {
        var tail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (tail >= 0 ? message.Substring(0, tail) : message).Trim();
    }

    private static BaselineReadResult Failed(string path, SourceSpan span, string message) =>
        new(null, new[] { ConfigurationProblem.At(path, span, message) });

    private static void DeleteQuietly(string? path)
    {
        if (path is null)
        {
            return;
        }

        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // A leftover temporary file is harmless; the write itself already succeeded or failed.
        }
    }
}
