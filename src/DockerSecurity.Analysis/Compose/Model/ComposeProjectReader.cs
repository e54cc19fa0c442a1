using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Compose;

/// <summary>Builds the typed <see cref="ComposeProject"/> from the merged document.</summary>
internal sealed class ComposeProjectReader
{
    private readonly ComposeValueReader _values;
    private readonly ComposeServiceReader _services;

    public ComposeProjectReader(ComposeDiagnostics diagnostics)
    {
        _values = new ComposeValueReader(diagnostics);
        _services = new ComposeServiceReader(_values);
    }

    private ComposeDiagnostics Diagnostics => _values.Diagnostics;

    public ComposeProject Read(ComposeMapping? root, IReadOnlyList<string> files)
    {
        if (root is null)
        {
            return ComposeProject.Empty(files);
        }

        foreach (var entry in root.Entries)
        {
            if (!entry.Key.StartsWith("x-", StringComparison.Ordinal) && !ComposeKeys.TopLevel.Contains(entry.Key))
            {
                Diagnostics.InvalidValue(entry.KeyOrigin, $"'{YamlTreeReader.Truncate(entry.Key)}' is not a top-level attribute Compose knows.");
            }
        }

        var services = new OrderedMap<ComposeService>();
        if (root["services"] is ComposeMapping serviceMapping)
        {
            foreach (var entry in serviceMapping.Entries)
            {
                switch (entry.Value)
                {
                    case ComposeMapping service:
                        services.Add(entry.Key, _services.Read(entry.Key, entry.KeyOrigin, service));
                        break;
                    case ComposeScalar { IsNull: true }:
                        Diagnostics.InvalidValue(entry.KeyOrigin, $"Service '{entry.Key}' has no definition.");
                        break;
                    default:
                        Diagnostics.InvalidValue(entry.Value.Origin, $"Service '{entry.Key}' must be a mapping, not {ComposeNode.DescribeKind(entry.Value)}.");
                        break;
                }
            }
        }

        return new ComposeProject(
            root,
            services,
            Resources(root, "networks"),
            Resources(root, "volumes"),
            Resources(root, "secrets"),
            Resources(root, "configs"),
            files)
        {
            Version = _values.String(root, "version", "the project"),
            Name = _values.String(root, "name", "the project"),
        };
    }

    private OrderedMap<ComposeResource> Resources(ComposeMapping root, string section)
    {
        var result = new OrderedMap<ComposeResource>();
        switch (root[section])
        {
            case null:
            case ComposeScalar { IsNull: true }:
                return result;
            case ComposeMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    var resource = new ComposeResource(entry.Key, entry.KeyOrigin, entry.Value);
                    var owner = $"{section.TrimEnd('s')} '{entry.Key}'";
                    if (entry.Value is ComposeMapping definition)
                    {
                        resource.External = definition["external"] is ComposeMapping ? null : _values.Boolean(definition, "external", owner);
                        resource.Driver = _values.String(definition, "driver", owner);
                        resource.Internal = _values.Boolean(definition, "internal", owner);
                        resource.File = _values.String(definition, "file", owner);
                        resource.Environment = _values.String(definition, "environment", owner);
                        if (resource.File is { } file)
                        {
                            resource.FilePath = ComposeExtends.SafeFullPath(file.Context.WorkingDirectory, file.Value);
                        }
                    }
                    else if (entry.Value is not ComposeScalar { IsNull: true })
                    {
                        Diagnostics.InvalidValue(entry.Value.Origin, $"The {owner} must be a mapping, not {ComposeNode.DescribeKind(entry.Value)}.");
                        continue;
                    }

                    result.Add(entry.Key, resource);
                }

                return result;
            case var other:
                Diagnostics.InvalidValue(other.Origin, $"'{section}' must be a mapping, not {ComposeNode.DescribeKind(other)}.");
                return result;
        }
    }
}
