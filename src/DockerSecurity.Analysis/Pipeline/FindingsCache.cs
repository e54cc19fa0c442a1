using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Pipeline;

/// <summary>
/// The findings of the last analysis of a project, with every file-system fact they depend on. When
/// the request and all those facts are unchanged (a no-op rebuild), the findings are replayed
/// without loading the parsers and rules: the build still reports them, at a fraction of the cost.
/// A plain text file, so that replaying needs no serializer.
/// </summary>
public static class FindingsCache
{
    private const string Header = "dockersecurity-findings-cache 1";

    /// <summary>The reported findings of the last analysis, or null when anything it depended on changed (or there is no cache).</summary>
    public static IReadOnlyList<Diagnostic>? TryReplay(string cacheFile, string key)
    {
        try
        {
            if (!File.Exists(cacheFile))
            {
                return null;
            }

            var lines = File.ReadAllLines(cacheFile);
            if (lines.Length < 2 || lines[0] != Header || lines[1] != "key " + key)
            {
                return null;
            }

            var findings = new List<Diagnostic>();
            foreach (var line in lines.Skip(2))
            {
                var fields = line.Split('\t');
                switch (fields[0])
                {
                    case "input" when fields.Length == 4:
                        var input = new FileSystemInput((FileSystemInputKind)int.Parse(fields[1], CultureInfo.InvariantCulture), Unescape(fields[3]), fields[2]);
                        if (!input.IsCurrent())
                        {
                            return null;
                        }

                        break;
                    case "finding" when fields.Length == 9 && RuleCatalog.TryGet(fields[1], out var rule):
                        var span = new SourceSpan(Int(fields[3]), Int(fields[4]), Int(fields[5]), Int(fields[6]));
                        findings.Add(new Diagnostic(rule, Unescape(fields[7]), span, Unescape(fields[8])) { Severity = (DiagnosticSeverity)Int(fields[2]) });
                        break;
                    default:
                        return null;
                }
            }

            return findings;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Writes the cache; a failure only means the next build analyses again.</summary>
    public static void Write(string cacheFile, string key, IEnumerable<Diagnostic> reported, IEnumerable<FileSystemInput> inputs)
    {
        var text = new StringBuilder().Append(Header).Append('\n').Append("key ").Append(key).Append('\n');
        foreach (var input in inputs.OrderBy(i => i.Path, StringComparer.Ordinal).ThenBy(i => i.Kind))
        {
            text.Append("input\t").Append((int)input.Kind).Append('\t').Append(input.Stamp).Append('\t').Append(Escape(input.Path)).Append('\n');
        }

        foreach (var d in reported)
        {
            text.Append("finding\t").Append(d.Id).Append('\t').Append((int)d.Severity)
                .Append('\t').Append(d.Span.StartLine).Append('\t').Append(d.Span.StartColumn)
                .Append('\t').Append(d.Span.EndLine).Append('\t').Append(d.Span.EndColumn)
                .Append('\t').Append(Escape(d.FilePath)).Append('\t').Append(Escape(d.Message)).Append('\n');
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(cacheFile))!);
            var temporary = cacheFile + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(false));
            if (File.Exists(cacheFile))
            {
                File.Delete(cacheFile);
            }

            File.Move(temporary, cacheFile);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Another build wrote it at the same moment, or the folder is read-only: analyse again next time.
        }
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

    private static string Unescape(string text)
    {
        if (text.IndexOf('\\') < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                result.Append(text[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => text[i] });
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }
}
