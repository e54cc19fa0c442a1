using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// Resolves <c>extends</c> in one document: the base service (same file, or <c>file:</c> read
/// with its own folder for relative paths) is resolved first, then the extending service is
/// merged onto it with the override rules. Missing targets and cycles are DKS0003 at the reference.
/// </summary>
internal sealed class ComposeExtends
{
    private readonly ComposeLoadSession _session;
    private readonly string _path;
    private readonly string _workingDirectory;
    private readonly Dictionary<(string File, string Service), ComposeNode> _resolved = new();

    public ComposeExtends(ComposeLoadSession session, string path, string workingDirectory)
    {
        _session = session;
        _path = path;
        _workingDirectory = workingDirectory;
    }

    public ComposeMapping Apply(ComposeMapping document)
    {
        if (document["services"] is not ComposeMapping services || !services.Entries.Any(e => e.Value is ComposeMapping m && m.ContainsKey("extends")))
        {
            return document;
        }

        var entries = new List<ComposeEntry>(services.Count);
        foreach (var entry in services.Entries)
        {
            var resolved = Resolve(entry.Key, services, _path, _workingDirectory, new List<(string, string)>());
            entries.Add(ReferenceEquals(resolved, entry.Value) ? entry : entry.WithValue(resolved));
        }

        return Replace(document, "services", services.WithEntries(entries));
    }

    private ComposeNode Resolve(string name, ComposeMapping services, string file, string workingDirectory, List<(string File, string Service)> chain)
    {
        var node = services[name]!;
        if (node is not ComposeMapping service || service.GetEntry("extends") is not { } extends)
        {
            return node;
        }

        if (_resolved.TryGetValue((file, name), out var done))
        {
            return done;
        }

        var withoutExtends = service.WithEntries(service.Entries.Where(e => e.Key != "extends").ToList());
        var result = ResolveBase(name, extends.Value, services, file, workingDirectory, chain, withoutExtends);
        _resolved[(file, name)] = result;
        return result;
    }

    private ComposeNode ResolveBase(
        string name,
        ComposeNode reference,
        ComposeMapping services,
        string file,
        string workingDirectory,
        List<(string File, string Service)> chain,
        ComposeMapping withoutExtends)
    {
        var diagnostics = _session.Diagnostics;
        ComposeScalar? serviceName;
        ComposeScalar? fileName = null;
        switch (reference)
        {
            case ComposeScalar { IsNull: false } scalar:
                serviceName = scalar;
                break;
            case ComposeMapping mapping:
                serviceName = mapping["service"] as ComposeScalar;
                fileName = mapping["file"] as ComposeScalar;
                if (serviceName is null or { IsNull: true })
                {
                    diagnostics.InvalidValue(reference.Origin, $"'extends' of service '{name}' needs a 'service' name.");
                    return withoutExtends;
                }

                break;
            default:
                diagnostics.InvalidValue(reference.Origin, $"'extends' of service '{name}' must be a service name or a mapping with 'service' and 'file', not {ComposeNode.DescribeKind(reference)}.");
                return withoutExtends;
        }

        var baseFile = file;
        var baseWorkingDirectory = workingDirectory;
        var baseServices = services;
        if (fileName is { IsNull: false })
        {
            var full = SafeFullPath(workingDirectory, fileName.Value);
            if (full is null || !TrackedFileSystem.FileExists(full))
            {
                diagnostics.InvalidValue(fileName.Origin, $"'extends' of service '{name}' names '{fileName.Value}', which does not exist.");
                return withoutExtends;
            }

            baseFile = full;

            if (baseFile != file)
            {
                if (!_session.CanReadMoreFiles(fileName.Origin))
                {
                    return withoutExtends;
                }

                baseWorkingDirectory = Path.GetDirectoryName(baseFile) ?? "";
                baseServices = _session.LoadExtendsModel(baseFile)?["services"] as ComposeMapping ?? EmptyServices(reference);
            }
        }

        var target = serviceName.Value;
        if (!baseServices.ContainsKey(target))
        {
            diagnostics.InvalidValue(serviceName.Origin, $"Service '{name}' extends '{target}', which is not defined in '{Path.GetFileName(baseFile)}'.");
            return withoutExtends;
        }

        var current = (file, name);
        if (chain.Contains((baseFile, target)) || (baseFile, target) == current)
        {
            var cycle = string.Join(" -> ", chain.Concat(new[] { current, (baseFile, target) }).Select(link => link.Item2));
            diagnostics.InvalidValue(serviceName.Origin, $"'extends' of service '{name}' forms a cycle: {cycle}.");
            return withoutExtends;
        }

        chain.Add(current);
        var baseService = Resolve(target, baseServices, baseFile, baseWorkingDirectory, chain);
        chain.RemoveAt(chain.Count - 1);
        if (baseService is not ComposeMapping)
        {
            return withoutExtends;
        }

        return _session.Merger.Merge(baseService, withoutExtends, new[] { "services", name }) ?? withoutExtends;
    }

    private static ComposeMapping EmptyServices(ComposeNode at) => new(at.Origin, null, at.Context, Array.Empty<ComposeEntry>());

    internal static string? SafeFullPath(string directory, string relative)
    {
        try
        {
            return Path.GetFullPath(Path.Combine(directory, relative));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    internal static ComposeMapping Replace(ComposeMapping mapping, string key, ComposeNode? value)
    {
        var entries = new List<ComposeEntry>(mapping.Count);
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key != key)
            {
                entries.Add(entry);
            }
            else if (value is not null)
            {
                entries.Add(entry.WithValue(value));
            }
        }

        return mapping.WithEntries(entries);
    }
}
