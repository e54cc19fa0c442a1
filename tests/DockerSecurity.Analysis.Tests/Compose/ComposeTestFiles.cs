using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Reporting;

namespace DockerSecurity.Analysis.Tests.Compose;

/// <summary>A temporary folder of compose files, deleted after the test.</summary>
internal sealed class ComposeTestFiles : IDisposable
{
    public ComposeTestFiles()
    {
        Directory = Path.Combine(Path.GetTempPath(), "dks-compose-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public string Write(string name, string text)
    {
        var path = Path.Combine(Directory, name);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n"));
        return path;
    }

    public string PathOf(string name) => Path.GetFullPath(Path.Combine(Directory, name));

    public ComposeLoadResult Load(params string[] names) => ComposeLoader.Load(names.Select(PathOf).ToList());

    /// <summary>Writes one compose.yaml and loads it.</summary>
    public static ComposeLoadResult LoadText(string text, out ComposeTestFiles files)
    {
        files = new ComposeTestFiles();
        files.Write("compose.yaml", text);
        return files.Load("compose.yaml");
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

internal static class DiagnosticFormat
{
    /// <summary>"DKS0003 (3,5)-(3,12) message" for compact, exact assertions.</summary>
    public static string Show(Diagnostic d) => $"{d.Id} {d.Span} {d.Message}";

    public static IReadOnlyList<string> Show(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(Show).ToList();
}
