using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// One load: reads each file once (diagnostics once), then for each document applies
/// <c>extends</c>, imports <c>include</c>s and merges it onto what came before, in Compose's order.
/// </summary>
internal sealed class ComposeLoadSession
{
    private readonly Dictionary<string, ComposeMapping?> _extendsModels = new(StringComparer.Ordinal);
    private readonly ComposeDocumentCache _cache;
    private readonly List<string> _files = new();
    private readonly HashSet<string> _fileSet = new(StringComparer.Ordinal);
    private readonly OrderedMap<SourceFile> _sourceFiles = new();
    private readonly List<ComposeEntry> _versionKeys = new();
    private readonly HashSet<ComposeOrigin> _versionOrigins = new();
    private readonly List<ComposeNode> _allDocuments = new();
    private readonly HashSet<string> _documentsRead = new(StringComparer.Ordinal);

    public ComposeLoadSession(ComposeDocumentCache cache, ComposeDiagnostics diagnostics)
    {
        _cache = cache;
        Diagnostics = diagnostics;
        Merger = new ComposeMerger(diagnostics);
    }

    public ComposeLimits Limits => _cache.Limits;

    public ComposeDiagnostics Diagnostics { get; }

    public ComposeMerger Merger { get; }

    /// <summary>Every file read, in the order first read.</summary>
    public IReadOnlyList<string> Files => _files;

    /// <summary>The text of every file read that could be decoded, by path, in the order first read.</summary>
    public IReadOnlyDictionary<string, SourceFile> SourceFiles => _sourceFiles;

    /// <summary>The top-level <c>version</c> keys of the documents merged into the model (given and included files), once each.</summary>
    public IReadOnlyList<ComposeEntry> VersionKeys => _versionKeys;

    /// <summary>The documents of every file read, once per file (a file read again for another working directory has the same text).</summary>
    public IReadOnlyList<ComposeNode> Documents => _allDocuments;

    /// <summary>Files given together (a base then its overrides) merged into one model, as <c>docker compose -f a -f b</c> does.</summary>
    public ComposeMapping? LoadModel(IReadOnlyList<string> paths, string workingDirectory, IReadOnlyList<string> includeChain)
    {
        ComposeNode? model = null;
        foreach (var path in paths)
        {
            var documents = ReadDocuments(path, workingDirectory);
            if (documents is null)
            {
                continue;
            }

            var chain = includeChain.Concat(new[] { path }).ToList();
            foreach (var document in documents)
            {
                var layer = ComposeDocument(document, path);
                if (layer is null)
                {
                    continue;
                }

                if (layer.GetEntry("version") is { } version && _versionOrigins.Add(version.KeyOrigin))
                {
                    _versionKeys.Add(version);
                }

                layer = new ComposeExtends(this, path, workingDirectory).Apply(layer);
                layer = new ComposeInclude(this, workingDirectory, chain).Apply(layer);
                model = model is null ? ComposeMerger.Clean(layer) : Merger.Merge(model, layer);
            }
        }

        return model as ComposeMapping;
    }

    /// <summary>A file named by <c>extends: file:</c>: all its documents merged, relative paths against its own folder, no include.</summary>
    public ComposeMapping? LoadExtendsModel(string path)
    {
        if (_extendsModels.TryGetValue(path, out var cached))
        {
            return cached;
        }

        _extendsModels[path] = null;
        ComposeNode? model = null;
        var documents = ReadDocuments(path, Path.GetDirectoryName(path) ?? "");
        foreach (var document in documents ?? Array.Empty<ComposeNode?>())
        {
            if (ComposeDocument(document, path) is { } layer)
            {
                model = model is null ? ComposeMerger.Clean(layer) : Merger.Merge(model, layer);
            }
        }

        return _extendsModels[path] = model as ComposeMapping;
    }

    public bool CanReadMoreFiles(ComposeOrigin reference)
    {
        if (_files.Count < Limits.MaxReferencedFiles)
        {
            return true;
        }

        Diagnostics.InvalidValue(reference, $"'{YamlTreeReader.Truncate(reference.FilePath)}' references more than {Limits.MaxReferencedFiles} files through include and extends; the rest are not read.");
        return false;
    }

    private IReadOnlyList<ComposeNode?>? ReadDocuments(string path, string workingDirectory)
    {
        if (_fileSet.Add(path))
        {
            _files.Add(path);
            if (_cache.Read(path).File is { } file)
            {
                _sourceFiles.Add(path, file);
            }
        }

        var documents = _cache.Parse(path, workingDirectory, Diagnostics);
        if (documents is not null && _documentsRead.Add(path))
        {
            foreach (var document in documents)
            {
                if (document is not null)
                {
                    _allDocuments.Add(document);
                }
            }
        }

        return documents;
    }

    /// <summary>The document as a compose mapping, or null (DKS0002) when it is not one; an empty document is quietly nothing.</summary>
    private ComposeMapping? ComposeDocument(ComposeNode? document, string path)
    {
        switch (document)
        {
            case null:
            case ComposeScalar { IsNull: true }:
                return null;
            case ComposeMapping mapping:
                var services = mapping["services"];
                if (services is null or ComposeMapping or ComposeScalar { IsNull: true })
                {
                    return mapping;
                }

                Diagnostics.NotCompose(path, services.Origin.Span, $"'{Path.GetFileName(path)}' is not a compose file: 'services' must be a mapping of service names to services, not {ComposeNode.DescribeKind(services)}.");
                return null;
            default:
                Diagnostics.NotCompose(path, document.Origin.Span, $"'{Path.GetFileName(path)}' is not a compose file: the top level is {ComposeNode.DescribeKind(document)}, not a mapping.");
                return null;
        }
    }
}
