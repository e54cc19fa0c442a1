using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// Reads compose files the way Docker Compose does: each file's documents in order, <c>extends</c>
/// and <c>include</c> resolved per document, then merged onto the files before it. Never throws:
/// whatever is wrong becomes a diagnostic and the rest still loads.
/// </summary>
public static class ComposeLoader
{
    /// <param name="filePaths">The base file first, then its overrides in order (as <c>docker compose -f</c> takes them).</param>
    public static ComposeLoadResult Load(IReadOnlyList<string> filePaths) => Load(filePaths, ComposeLimits.Default);

    public static ComposeLoadResult Load(IReadOnlyList<string> filePaths, ComposeLimits limits) => Load(filePaths, new ComposeDocumentCache(limits));

    /// <summary>A load that shares the files already read and parsed in <paramref name="cache"/> (the merge sets of one analysis share their base file).</summary>
    internal static ComposeLoadResult Load(IReadOnlyList<string> filePaths, ComposeDocumentCache cache)
    {
        var diagnostics = new ComposeDiagnostics();
        var files = new List<string>();
        ComposeProject project;
        try
        {
            var paths = filePaths.Select(p => ComposeExtends.SafeFullPath(Directory.GetCurrentDirectory(), p) ?? p).ToList();
            if (paths.Count == 0)
            {
                return new ComposeLoadResult(ComposeProject.Empty(files), diagnostics.Items);
            }

            var session = new ComposeLoadSession(cache, diagnostics);
            var workingDirectory = Path.GetDirectoryName(paths[0]) ?? "";
            var model = session.LoadModel(paths, workingDirectory, Array.Empty<string>());
            files.AddRange(session.Files);
            project = new ComposeProjectReader(diagnostics).Read(model, session.Files);
            project.VersionKeys = session.VersionKeys.ToList();
            project.Documents = session.Documents;
            project.SourceFiles = session.SourceFiles;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug of ours must not break the build: report it where the user can see it.
            var first = filePaths.Count > 0 ? filePaths[0] : "";
            diagnostics.NotCompose(first, new SourceSpan(1, 1, 1, 1), $"'{Path.GetFileName(first)}' could not be loaded: internal error ({exception.GetType().Name}: {exception.Message}).");
            project = ComposeProject.Empty(files);
        }

        var ordered = diagnostics.Items
            .OrderBy(d => d.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        return new ComposeLoadResult(project, ordered);
    }
}
