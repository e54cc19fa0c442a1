using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// The files read and parsed for several loads under the same limits, such as the merge sets of one
/// analysis that share a base file: each file is read and parsed once, and a load that finds it here
/// is given the same documents and the diagnostics its reading produced. Compose nodes are immutable,
/// so loads can share them.
/// </summary>
internal sealed class ComposeDocumentCache
{
    private readonly Dictionary<string, SourceFileReadResult> _reads = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Path, string WorkingDirectory), Parsed> _parsed = new();

    public ComposeDocumentCache(ComposeLimits limits)
    {
        Limits = limits;
    }

    public ComposeLimits Limits { get; }

    /// <summary>The file as read from disk, once per path (its text does not depend on the working directory).</summary>
    public SourceFileReadResult Read(string path)
    {
        if (!_reads.TryGetValue(path, out var read))
        {
            _reads[path] = read = SourceFileReader.Read(path, Limits.MaxFileBytes);
        }

        return read;
    }

    /// <summary>The file's documents read against <paramref name="workingDirectory"/>, or null when it cannot be used; its diagnostics go to <paramref name="diagnostics"/> each time.</summary>
    public IReadOnlyList<ComposeNode?>? Parse(string path, string workingDirectory, ComposeDiagnostics diagnostics)
    {
        if (!_parsed.TryGetValue((path, workingDirectory), out var parsed))
        {
            var own = new ComposeDiagnostics();
            IReadOnlyList<ComposeNode?>? documents = null;
            var read = Read(path);
            if (read.File is null)
            {
                own.Add(DockerSecurityAnalyzer.FileSkipped(path, read));
            }
            else
            {
                documents = YamlTreeReader.Read(read.File, new ComposeDocumentContext(path, workingDirectory), Limits, own);
            }

            _parsed[(path, workingDirectory)] = parsed = new Parsed(documents, own.Items);
        }

        foreach (var diagnostic in parsed.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return parsed.Documents;
    }

    private sealed class Parsed
    {
        public Parsed(IReadOnlyList<ComposeNode?>? documents, IReadOnlyList<Diagnostic> diagnostics)
        {
            Documents = documents;
            Diagnostics = diagnostics;
        }

        public IReadOnlyList<ComposeNode?>? Documents { get; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }
    }
}
