using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// Imports <c>include</c>d projects (short syntax or <c>path</c>/<c>project_directory</c>;
/// <c>env_file</c> only feeds interpolation, which we do not resolve). Their services, networks,
/// volumes, secrets and configs join the including document; a name defined on both sides is a
/// conflict for Compose (DKS0003) and the including document's definition stays.
/// </summary>
internal sealed class ComposeInclude
{
    private static readonly string[] ImportedSections = { "services", "networks", "volumes", "secrets", "configs" };

    private readonly ComposeLoadSession _session;
    private readonly string _workingDirectory;
    private readonly IReadOnlyList<string> _chain;

    public ComposeInclude(ComposeLoadSession session, string workingDirectory, IReadOnlyList<string> chain)
    {
        _session = session;
        _workingDirectory = workingDirectory;
        _chain = chain;
    }

    public ComposeMapping Apply(ComposeMapping document)
    {
        var include = document["include"];
        if (include is null)
        {
            return document;
        }

        var result = ComposeExtends.Replace(document, "include", null);
        if (include is ComposeScalar { IsNull: true })
        {
            return result;
        }

        if (include is not ComposeSequence items)
        {
            _session.Diagnostics.InvalidValue(include.Origin, $"'include' must be a list of files, not {ComposeNode.DescribeKind(include)}.");
            return result;
        }

        foreach (var item in items.Items)
        {
            if (Load(item) is { } imported)
            {
                result = Import(result, imported.Model, imported.Reference);
            }
        }

        return result;
    }

    private (ComposeMapping Model, ComposeScalar Reference)? Load(ComposeNode item)
    {
        var diagnostics = _session.Diagnostics;
        var paths = new List<ComposeScalar>();
        ComposeScalar? projectDirectory = null;
        switch (item)
        {
            case ComposeScalar { IsNull: false } scalar:
                paths.Add(scalar);
                break;
            case ComposeMapping mapping:
                switch (mapping["path"])
                {
                    case ComposeScalar { IsNull: false } single:
                        paths.Add(single);
                        break;
                    case ComposeSequence list when list.Items.All(i => i is ComposeScalar { IsNull: false }) && list.Count > 0:
                        paths.AddRange(list.Items.Cast<ComposeScalar>());
                        break;
                    default:
                        diagnostics.InvalidValue(mapping.GetEntry("path")?.Value.Origin ?? mapping.Origin, "An 'include' entry needs a 'path': a file or a list of files.");
                        return null;
                }

                if (mapping["project_directory"] is ComposeScalar { IsNull: false } directory)
                {
                    projectDirectory = directory;
                }

                break;
            default:
                diagnostics.InvalidValue(item.Origin, $"An 'include' entry must be a file or a mapping with 'path', not {ComposeNode.DescribeKind(item)}.");
                return null;
        }

        var files = new List<string>(paths.Count);
        foreach (var path in paths)
        {
            var full = ComposeExtends.SafeFullPath(_workingDirectory, path.Value);
            if (full is null || !TrackedFileSystem.FileExists(full))
            {
                diagnostics.InvalidValue(path.Origin, $"The included file '{path.Value}' does not exist.");
                return null;
            }

            if (_chain.Contains(full, StringComparer.Ordinal))
            {
                var cycle = string.Join(" -> ", _chain.Concat(new[] { full }).Select(Path.GetFileName));
                diagnostics.InvalidValue(path.Origin, $"'include' forms a cycle: {cycle}.");
                return null;
            }

            if (!_session.CanReadMoreFiles(path.Origin))
            {
                return null;
            }

            files.Add(full);
        }

        var workingDirectory = projectDirectory is null
            ? Path.GetDirectoryName(files[0]) ?? _workingDirectory
            : ComposeExtends.SafeFullPath(_workingDirectory, projectDirectory.Value) ?? _workingDirectory;
        var model = _session.LoadModel(files, workingDirectory, _chain);
        return model is null ? null : (model, paths[0]);
    }

    private ComposeMapping Import(ComposeMapping document, ComposeMapping imported, ComposeScalar reference)
    {
        foreach (var section in ImportedSections)
        {
            if (imported[section] is not ComposeMapping incoming || incoming.Count == 0)
            {
                continue;
            }

            var existingEntry = document.GetEntry(section);
            var existing = existingEntry?.Value as ComposeMapping;
            var entries = existing is null ? new List<ComposeEntry>() : new List<ComposeEntry>(existing.Entries);
            foreach (var entry in incoming.Entries)
            {
                var clash = entries.FirstOrDefault(e => e.Key == entry.Key);
                if (clash is null)
                {
                    entries.Add(entry);
                }
                else if (!ReferenceEquals(clash.Value, entry.Value))
                {
                    _session.Diagnostics.InvalidValue(reference.Origin, $"'{section}.{entry.Key}' from the included '{reference.Value}' conflicts with its definition in '{Path.GetFileName(clash.KeyOrigin.FilePath)}' (line {clash.KeyOrigin.Span.StartLine}).");
                }
            }

            var merged = existing is not null
                ? existing.WithEntries(entries)
                : new ComposeMapping(incoming.Origin, null, incoming.Context, entries);
            document = existingEntry is not null
                ? ComposeExtends.Replace(document, section, merged)
                : document.WithEntries(document.Entries.Concat(new[] { new ComposeEntry(section, imported.GetEntry(section)!.KeyOrigin, merged) }).ToList());
        }

        return document;
    }
}
