using System;
using System.Collections.Generic;
using System.IO;

namespace DockerSecurity.Analysis.Compose;

/// <summary>Builds the typed <see cref="ComposeService"/> from a merged service mapping, reporting bad shapes as DKS0003.</summary>
internal sealed class ComposeServiceReader
{
    private readonly ComposeValueReader _values;

    public ComposeServiceReader(ComposeValueReader values)
    {
        _values = values;
    }

    private ComposeDiagnostics Diagnostics => _values.Diagnostics;

    public ComposeService Read(string name, ComposeOrigin nameOrigin, ComposeMapping node)
    {
        var owner = $"service '{name}'";
        var service = new ComposeService(name, nameOrigin, node);
        foreach (var entry in node.Entries)
        {
            if (!entry.Key.StartsWith("x-", StringComparison.Ordinal) && !ComposeKeys.Service.Contains(entry.Key))
            {
                Diagnostics.InvalidValue(entry.KeyOrigin, $"'{YamlTreeReader.Truncate(entry.Key)}' is not a service attribute Compose knows ({owner}).");
            }
        }

        service.Image = _values.String(node, "image", owner);
        service.User = _values.String(node, "user", owner);
        service.Privileged = _values.Boolean(node, "privileged", owner);
        service.ReadOnly = _values.Boolean(node, "read_only", owner);
        service.Init = _values.Boolean(node, "init", owner);
        service.UseApiSocket = _values.Boolean(node, "use_api_socket", owner);
        service.SecurityOpt = _values.StringList(node, "security_opt", owner);
        service.CapAdd = _values.StringList(node, "cap_add", owner);
        service.CapDrop = _values.StringList(node, "cap_drop", owner);
        service.NetworkMode = _values.String(node, "network_mode", owner);
        service.Pid = _values.String(node, "pid", owner);
        service.Ipc = _values.String(node, "ipc", owner);
        service.Uts = _values.String(node, "uts", owner);
        service.UsernsMode = _values.String(node, "userns_mode", owner);
        service.Cgroup = _values.String(node, "cgroup", owner);
        service.CgroupParent = _values.String(node, "cgroup_parent", owner);
        service.Restart = _values.String(node, "restart", owner);
        service.Expose = _values.StringList(node, "expose", owner);
        service.MemLimit = _values.Bytes(node, "mem_limit", owner);
        service.MemReservation = _values.Bytes(node, "mem_reservation", owner);
        service.Cpus = _values.Number(node, "cpus", owner);
        service.PidsLimit = _values.Integer(node, "pids_limit", owner);
        service.Environment = _values.KeyValues(node, "environment", owner);
        service.Labels = _values.KeyValues(node, "labels", owner);
        service.Command = ReadCommand(node, "command", owner);
        service.Entrypoint = ReadCommand(node, "entrypoint", owner);
        service.Build = ReadBuild(node, owner);
        service.Ports = ReadPorts(node, owner);
        service.Volumes = ReadVolumes(node, owner);
        service.Tmpfs = ReadTmpfs(node, owner);
        service.Secrets = ReadSecrets(node, owner);
        service.Devices = ReadDevices(node, owner);
        service.Healthcheck = ReadHealthcheck(node, owner);
        service.Deploy = ReadDeploy(node, owner);
        service.Ulimits = ReadUlimits(node, owner);
        service.NetworksNode = node["networks"];
        service.Networks = ReadNetworks(node, owner);
        return service;
    }

    private ComposeSequence? Sequence(ComposeMapping node, string key, string owner)
    {
        switch (node[key])
        {
            case null:
            case ComposeScalar { IsNull: true }:
                return null;
            case ComposeSequence sequence:
                return sequence;
            case var other:
                Diagnostics.InvalidValue(other.Origin, $"'{key}' of {owner} must be a list, not {ComposeNode.DescribeKind(other)}.");
                return null;
        }
    }

    private ComposeMapping? Mapping(ComposeMapping node, string key, string owner)
    {
        switch (node[key])
        {
            case null:
            case ComposeScalar { IsNull: true }:
                return null;
            case ComposeMapping mapping:
                return mapping;
            case var other:
                Diagnostics.InvalidValue(other.Origin, $"'{key}' of {owner} must be a mapping, not {ComposeNode.DescribeKind(other)}.");
                return null;
        }
    }

    private ComposeCommand? ReadCommand(ComposeMapping node, string key, string owner)
    {
        switch (node[key])
        {
            case null:
            case ComposeScalar { IsNull: true }:
                return null;
            case ComposeScalar scalar:
                return new ComposeCommand(scalar, true, new[] { scalar });
            case ComposeSequence sequence:
                return new ComposeCommand(sequence, false, Scalars(sequence, key, owner));
            case var other:
                Diagnostics.InvalidValue(other.Origin, $"'{key}' of {owner} must be a string or a list, not {ComposeNode.DescribeKind(other)}.");
                return null;
        }
    }

    /// <summary>List items as scalars without de-duplication (a command may repeat words).</summary>
    private List<ComposeScalar> Scalars(ComposeSequence sequence, string key, string owner)
    {
        var parts = new List<ComposeScalar>(sequence.Count);
        foreach (var item in sequence.Items)
        {
            if (item is ComposeScalar scalar)
            {
                parts.Add(scalar);
            }
            else
            {
                Diagnostics.InvalidValue(item.Origin, $"'{key}' of {owner} must list strings, not {ComposeNode.DescribeKind(item)}.");
            }
        }

        return parts;
    }

    private ComposeBuild? ReadBuild(ComposeMapping node, string owner)
    {
        var value = node["build"];
        ComposeBuild build;
        switch (value)
        {
            case null:
            case ComposeScalar { IsNull: true }:
                return null;
            case ComposeScalar context:
                build = new ComposeBuild(context) { Context = context };
                break;
            case ComposeMapping mapping:
                build = new ComposeBuild(mapping)
                {
                    Context = _values.String(mapping, "context", "the build of " + owner),
                    Dockerfile = _values.String(mapping, "dockerfile", "the build of " + owner),
                    DockerfileInline = _values.String(mapping, "dockerfile_inline", "the build of " + owner),
                    Target = _values.String(mapping, "target", "the build of " + owner),
                    Args = _values.KeyValues(mapping, "args", "the build of " + owner),
                    Labels = _values.KeyValues(mapping, "labels", "the build of " + owner),
                };
                break;
            default:
                Diagnostics.InvalidValue(value.Origin, $"'build' of {owner} must be a path or a mapping, not {ComposeNode.DescribeKind(value)}.");
                return null;
        }

        var contextText = build.Context?.Value ?? ".";
        if (IsRemote(contextText))
        {
            build.IsRemoteContext = true;
            return build;
        }

        var directory = (build.Context ?? value).Context.WorkingDirectory;
        build.ContextPath = ComposeExtends.SafeFullPath(directory, contextText);
        if (build.ContextPath is not null && build.DockerfileInline is null)
        {
            build.DockerfilePath = ComposeExtends.SafeFullPath(build.ContextPath, build.Dockerfile?.Value ?? "Dockerfile");
        }

        return build;
    }

    private static bool IsRemote(string context) =>
        context.Contains("://") || context.StartsWith("git@", StringComparison.Ordinal) || context.StartsWith("github.com/", StringComparison.Ordinal);

    private IReadOnlyList<ComposePort> ReadPorts(ComposeMapping node, string owner)
    {
        var sequence = Sequence(node, "ports", owner);
        if (sequence is null)
        {
            return Array.Empty<ComposePort>();
        }

        var ports = new List<ComposePort>(sequence.Count);
        foreach (var item in sequence.Items)
        {
            var port = new ComposePort(item);
            string? error;
            switch (item)
            {
                case ComposeScalar { IsNull: false } scalar:
                    error = PortSpec.Parse(scalar.Value, port);
                    if (error is not null && !scalar.IsLiteral)
                    {
                        continue;
                    }

                    break;
                case ComposeMapping mapping:
                    error = ReadLongPort(mapping, port, owner);
                    break;
                default:
                    error = $"a port must be a string, a number or a mapping, not {ComposeNode.DescribeKind(item)}";
                    break;
            }

            if (error is not null)
            {
                Diagnostics.InvalidValue(item.Origin, $"Port '{Describe(item)}' of {owner} is not valid: {error}.");
                continue;
            }

            ComposeValueReader.Unique(ports, port, p => p.UniqueKey);
        }

        return ports;
    }

    private string? ReadLongPort(ComposeMapping mapping, ComposePort port, string owner)
    {
        var target = _values.String(mapping, "target", owner);
        if (target is null)
        {
            return "the long syntax needs a 'target'";
        }

        if (!PortSpec.TryRange(target.Value, 1, out var targetStart, out var targetEnd))
        {
            return target.IsLiteral ? $"'{target.Value}' is not a container port" : null;
        }

        port.TargetStart = targetStart;
        port.TargetEnd = targetEnd;
        if (_values.String(mapping, "published", owner) is { } published && published.Value.Length > 0)
        {
            if (!PortSpec.TryRange(published.Value, 0, out var ps, out var pe))
            {
                return published.IsLiteral ? $"'{published.Value}' is not a host port or range" : null;
            }

            port.Published = published.Value;
            port.PublishedStart = ps;
            port.PublishedEnd = pe;
        }

        var hostIp = _values.String(mapping, "host_ip", owner)?.Value;
        port.HostIp = string.IsNullOrEmpty(hostIp) ? null : hostIp!.Trim('[', ']');
        port.Protocol = _values.String(mapping, "protocol", owner)?.Value.ToLowerInvariant() ?? "tcp";
        port.Mode = _values.String(mapping, "mode", owner)?.Value;
        return null;
    }

    private IReadOnlyList<ComposeVolumeMount> ReadVolumes(ComposeMapping node, string owner)
    {
        var sequence = Sequence(node, "volumes", owner);
        if (sequence is null)
        {
            return Array.Empty<ComposeVolumeMount>();
        }

        var mounts = new List<ComposeVolumeMount>(sequence.Count);
        foreach (var item in sequence.Items)
        {
            var mount = new ComposeVolumeMount(item);
            string? error;
            switch (item)
            {
                case ComposeScalar { IsNull: false } scalar:
                    error = VolumeSpec.Parse(scalar.Value, mount);
                    if (error is not null && !scalar.IsLiteral)
                    {
                        continue;
                    }

                    break;
                case ComposeMapping mapping:
                    error = ReadLongVolume(mapping, mount, owner);
                    break;
                default:
                    error = $"a volume must be a string or a mapping, not {ComposeNode.DescribeKind(item)}";
                    break;
            }

            if (error is not null)
            {
                Diagnostics.InvalidValue(item.Origin, $"Volume '{Describe(item)}' of {owner} is not valid: {error}.");
                continue;
            }

            if (mount.IsBind && mount.Source is { } source && !source.StartsWith("~", StringComparison.Ordinal))
            {
                mount.HostPath = ComposeExtends.SafeFullPath(item.Context.WorkingDirectory, source);
            }

            ComposeValueReader.Unique(mounts, mount, m => m.Target);
        }

        return mounts;
    }

    private string? ReadLongVolume(ComposeMapping mapping, ComposeVolumeMount mount, string owner)
    {
        var type = _values.String(mapping, "type", owner);
        if (type is null)
        {
            return "the long syntax needs a 'type'";
        }

        var target = _values.String(mapping, "target", owner);
        if (target is null)
        {
            return "the long syntax needs a 'target'";
        }

        mount.Type = type.Value;
        mount.Target = target.Value;
        mount.Source = _values.String(mapping, "source", owner)?.Value;
        mount.ReadOnly = _values.Boolean(mapping, "read_only", owner)?.Value ?? false;
        if (Mapping(mapping, "bind", owner) is { } bind)
        {
            mount.Propagation = _values.String(bind, "propagation", owner)?.Value;
            mount.SELinux = _values.String(bind, "selinux", owner)?.Value;
        }

        if (Mapping(mapping, "volume", owner) is { } volume)
        {
            mount.NoCopy = _values.Boolean(volume, "nocopy", owner)?.Value ?? false;
        }

        if (Mapping(mapping, "tmpfs", owner) is { } tmpfs)
        {
            mount.TmpfsSize = _values.String(tmpfs, "size", owner)?.Value;
        }

        return null;
    }

    private IReadOnlyList<ComposeTmpfsMount> ReadTmpfs(ComposeMapping node, string owner)
    {
        var entries = _values.StringList(node, "tmpfs", owner, allowSingleString: true);
        var mounts = new List<ComposeTmpfsMount>(entries.Count);
        foreach (var entry in entries)
        {
            var text = entry.Value;
            var colon = text.IndexOf(':');
            var target = colon < 0 ? text : text.Substring(0, colon);
            var options = colon < 0 ? Array.Empty<string>() : text.Substring(colon + 1).Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries);
            if (target.Length == 0)
            {
                Diagnostics.InvalidValue(entry.Origin, $"tmpfs '{YamlTreeReader.Truncate(entry.Raw)}' of {owner} has no container path.");
                continue;
            }

            mounts.Add(new ComposeTmpfsMount(entry, target, options));
        }

        return mounts;
    }

    private IReadOnlyList<ComposeSecretReference> ReadSecrets(ComposeMapping node, string owner)
    {
        var sequence = Sequence(node, "secrets", owner);
        if (sequence is null)
        {
            return Array.Empty<ComposeSecretReference>();
        }

        var secrets = new List<ComposeSecretReference>(sequence.Count);
        foreach (var item in sequence.Items)
        {
            ComposeSecretReference reference;
            switch (item)
            {
                case ComposeScalar { IsNull: false } scalar:
                    reference = new ComposeSecretReference(item, scalar, "/run/secrets/" + scalar.Value);
                    break;
                case ComposeMapping mapping when _values.String(mapping, "source", owner) is { } source:
                    var target = _values.String(mapping, "target", owner)?.Value;
                    target = target is null ? "/run/secrets/" + source.Value : target.StartsWith("/", StringComparison.Ordinal) ? target : "/run/secrets/" + target;
                    reference = new ComposeSecretReference(item, source, target) { Mode = _values.String(mapping, "mode", owner) };
                    break;
                case ComposeMapping:
                    Diagnostics.InvalidValue(item.Origin, $"A secret of {owner} needs a 'source'.");
                    continue;
                default:
                    Diagnostics.InvalidValue(item.Origin, $"A secret of {owner} must be a name or a mapping, not {ComposeNode.DescribeKind(item)}.");
                    continue;
            }

            ComposeValueReader.Unique(secrets, reference, s => s.Target);
        }

        return secrets;
    }

    private IReadOnlyList<ComposeDevice> ReadDevices(ComposeMapping node, string owner)
    {
        var sequence = Sequence(node, "devices", owner);
        if (sequence is null)
        {
            return Array.Empty<ComposeDevice>();
        }

        var devices = new List<ComposeDevice>(sequence.Count);
        foreach (var item in sequence.Items)
        {
            switch (item)
            {
                case ComposeScalar { IsNull: false } scalar:
                    var parts = scalar.Value.Split(':');
                    if (parts.Length > 3 || parts[0].Length == 0)
                    {
                        Diagnostics.InvalidValue(item.Origin, $"Device '{YamlTreeReader.Truncate(scalar.Raw)}' of {owner} is not valid: expected HOST[:CONTAINER[:PERMISSIONS]].");
                        continue;
                    }

                    var target = parts.Length > 1 ? parts[1] : parts[0];
                    ComposeValueReader.Unique(devices, new ComposeDevice(item, parts[0], target, parts.Length > 2 ? parts[2] : null), d => d.Target);
                    break;
                case ComposeMapping mapping when _values.String(mapping, "source", owner) is { } source:
                    var longTarget = _values.String(mapping, "target", owner)?.Value ?? source.Value;
                    ComposeValueReader.Unique(devices, new ComposeDevice(item, source.Value, longTarget, _values.String(mapping, "permissions", owner)?.Value), d => d.Target);
                    break;
                default:
                    Diagnostics.InvalidValue(item.Origin, $"A device of {owner} must be a string or a mapping with 'source', not {ComposeNode.DescribeKind(item)}.");
                    break;
            }
        }

        return devices;
    }

    private ComposeHealthcheck? ReadHealthcheck(ComposeMapping node, string owner)
    {
        var mapping = Mapping(node, "healthcheck", owner);
        if (mapping is null)
        {
            return null;
        }

        var where = "the healthcheck of " + owner;
        var healthcheck = new ComposeHealthcheck(mapping)
        {
            Disable = _values.Boolean(mapping, "disable", where),
            Interval = _values.Duration(mapping, "interval", where),
            Timeout = _values.Duration(mapping, "timeout", where),
            StartPeriod = _values.Duration(mapping, "start_period", where),
            StartInterval = _values.Duration(mapping, "start_interval", where),
            Retries = _values.Integer(mapping, "retries", where),
            TestNode = mapping["test"],
        };

        switch (healthcheck.TestNode)
        {
            case null:
            case ComposeScalar { IsNull: true }:
                break;
            case ComposeScalar scalar:
                healthcheck.IsShellForm = true;
                healthcheck.Test = new[] { scalar };
                break;
            case ComposeSequence sequence:
                healthcheck.Test = Scalars(sequence, "test", where);
                break;
            case var other:
                Diagnostics.InvalidValue(other.Origin, $"'test' of {where} must be a string or a list, not {ComposeNode.DescribeKind(other)}.");
                break;
        }

        return healthcheck;
    }

    private ComposeDeploy? ReadDeploy(ComposeMapping node, string owner)
    {
        var mapping = Mapping(node, "deploy", owner);
        if (mapping is null)
        {
            return null;
        }

        var where = "deploy of " + owner;
        var deploy = new ComposeDeploy(mapping);
        if (Mapping(mapping, "restart_policy", where) is { } restart)
        {
            deploy.RestartPolicyCondition = _values.String(restart, "condition", where);
        }

        if (Mapping(mapping, "resources", where) is { } resources)
        {
            deploy.Resources = new ComposeResources(resources)
            {
                Limits = ReadResourceSet(resources, "limits", where),
                Reservations = ReadResourceSet(resources, "reservations", where),
            };
        }

        return deploy;
    }

    private ComposeResourceSet? ReadResourceSet(ComposeMapping resources, string key, string owner)
    {
        var mapping = Mapping(resources, key, owner);
        if (mapping is null)
        {
            return null;
        }

        var where = $"resources.{key} of {owner}";
        return new ComposeResourceSet(mapping)
        {
            Cpus = _values.Number(mapping, "cpus", where),
            Memory = _values.Bytes(mapping, "memory", where),
            Pids = _values.Integer(mapping, "pids", where),
        };
    }

    private IReadOnlyList<ComposeUlimit> ReadUlimits(ComposeMapping node, string owner)
    {
        var mapping = Mapping(node, "ulimits", owner);
        if (mapping is null)
        {
            return Array.Empty<ComposeUlimit>();
        }

        var ulimits = new List<ComposeUlimit>(mapping.Count);
        foreach (var entry in mapping.Entries)
        {
            var ulimit = new ComposeUlimit(entry.Key, entry.KeyOrigin, entry.Value);
            var where = $"ulimit '{entry.Key}' of {owner}";
            switch (entry.Value)
            {
                case ComposeScalar scalar:
                    var single = scalar.AsInteger();
                    if (single is null && scalar.IsLiteral)
                    {
                        Diagnostics.InvalidValue(scalar.Origin, $"The {where} must be a whole number or a mapping with soft and hard, not '{YamlTreeReader.Truncate(scalar.Value)}'.");
                        continue;
                    }

                    ulimit.Soft = single;
                    ulimit.Hard = single;
                    break;
                case ComposeMapping limits:
                    ulimit.Soft = _values.Integer(limits, "soft", where)?.Value;
                    ulimit.Hard = _values.Integer(limits, "hard", where)?.Value;
                    break;
                default:
                    Diagnostics.InvalidValue(entry.Value.Origin, $"The {where} must be a whole number or a mapping with soft and hard, not {ComposeNode.DescribeKind(entry.Value)}.");
                    continue;
            }

            ulimits.Add(ulimit);
        }

        return ulimits;
    }

    private IReadOnlyList<ComposeServiceNetwork>? ReadNetworks(ComposeMapping node, string owner)
    {
        switch (node["networks"])
        {
            case null:
                return null;
            case ComposeScalar { IsNull: true }:
                return Array.Empty<ComposeServiceNetwork>();
            case ComposeSequence sequence:
                var fromList = new List<ComposeServiceNetwork>(sequence.Count);
                foreach (var item in Scalars(sequence, "networks", owner))
                {
                    ComposeValueReader.Unique(fromList, new ComposeServiceNetwork(item.Value, item.Origin, null), n => n.Name);
                }

                return fromList;
            case ComposeMapping mapping:
                var fromMapping = new List<ComposeServiceNetwork>(mapping.Count);
                foreach (var entry in mapping.Entries)
                {
                    var settings = entry.Value as ComposeMapping;
                    if (settings is null && entry.Value is not ComposeScalar { IsNull: true })
                    {
                        Diagnostics.InvalidValue(entry.Value.Origin, $"Network '{entry.Key}' of {owner} must have a mapping of settings or nothing, not {ComposeNode.DescribeKind(entry.Value)}.");
                    }

                    var network = new ComposeServiceNetwork(entry.Key, entry.KeyOrigin, settings);
                    if (settings is not null)
                    {
                        network.Aliases = _values.StringList(settings, "aliases", $"network '{entry.Key}' of {owner}");
                    }

                    fromMapping.Add(network);
                }

                return fromMapping;
            case var other:
                Diagnostics.InvalidValue(other.Origin, $"'networks' of {owner} must be a list or a mapping, not {ComposeNode.DescribeKind(other)}.");
                return null;
        }
    }

    private static string Describe(ComposeNode node) =>
        node is ComposeScalar scalar ? YamlTreeReader.Truncate(scalar.Raw) : $"at line {node.Origin.Span.StartLine}";
}
