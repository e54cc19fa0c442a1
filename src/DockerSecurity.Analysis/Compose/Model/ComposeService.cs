using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// A service after extends, include and overrides, with typed, span-carrying accessors for what
/// the hardening rules read. An attribute that is absent is null (or an empty list); an attribute
/// of the wrong shape was reported as DKS0003 and is absent here too. <see cref="Node"/> has everything else.
/// </summary>
public sealed class ComposeService
{
    internal ComposeService(string name, ComposeOrigin nameOrigin, ComposeMapping node)
    {
        Name = name;
        NameOrigin = nameOrigin;
        Node = node;
    }

    public string Name { get; }

    /// <summary>The service's name key in the file that declares it (the base file when overrides add to it).</summary>
    public ComposeOrigin NameOrigin { get; }

    /// <summary>The merged service mapping.</summary>
    public ComposeMapping Node { get; }

    public ComposeScalar? Image { get; internal set; }

    public ComposeBuild? Build { get; internal set; }

    public ComposeScalar? User { get; internal set; }

    public ComposeValue<bool>? Privileged { get; internal set; }

    public ComposeValue<bool>? ReadOnly { get; internal set; }

    public ComposeValue<bool>? Init { get; internal set; }

    /// <summary><c>use_api_socket: true</c> hands the Docker API socket to the container.</summary>
    public ComposeValue<bool>? UseApiSocket { get; internal set; }

    public IReadOnlyList<ComposeScalar> SecurityOpt { get; internal set; } = Array.Empty<ComposeScalar>();

    public IReadOnlyList<ComposeScalar> CapAdd { get; internal set; } = Array.Empty<ComposeScalar>();

    public IReadOnlyList<ComposeScalar> CapDrop { get; internal set; } = Array.Empty<ComposeScalar>();

    public ComposeScalar? NetworkMode { get; internal set; }

    public ComposeScalar? Pid { get; internal set; }

    public ComposeScalar? Ipc { get; internal set; }

    public ComposeScalar? Uts { get; internal set; }

    public ComposeScalar? UsernsMode { get; internal set; }

    public ComposeScalar? Cgroup { get; internal set; }

    public ComposeScalar? CgroupParent { get; internal set; }

    public IReadOnlyList<ComposeDevice> Devices { get; internal set; } = Array.Empty<ComposeDevice>();

    public IReadOnlyList<ComposePort> Ports { get; internal set; } = Array.Empty<ComposePort>();

    public IReadOnlyList<ComposeScalar> Expose { get; internal set; } = Array.Empty<ComposeScalar>();

    public IReadOnlyList<ComposeVolumeMount> Volumes { get; internal set; } = Array.Empty<ComposeVolumeMount>();

    public IReadOnlyList<ComposeTmpfsMount> Tmpfs { get; internal set; } = Array.Empty<ComposeTmpfsMount>();

    public IReadOnlyList<ComposeSecretReference> Secrets { get; internal set; } = Array.Empty<ComposeSecretReference>();

    public ComposeHealthcheck? Healthcheck { get; internal set; }

    public ComposeDeploy? Deploy { get; internal set; }

    /// <summary>Legacy <c>mem_limit</c>, in bytes.</summary>
    public ComposeValue<long>? MemLimit { get; internal set; }

    /// <summary>Legacy <c>mem_reservation</c>, in bytes.</summary>
    public ComposeValue<long>? MemReservation { get; internal set; }

    /// <summary>Legacy <c>cpus</c>.</summary>
    public ComposeValue<double>? Cpus { get; internal set; }

    public ComposeValue<long>? PidsLimit { get; internal set; }

    public IReadOnlyList<ComposeUlimit> Ulimits { get; internal set; } = Array.Empty<ComposeUlimit>();

    /// <summary>The networks joined; null when <c>networks:</c> is absent (the default network).</summary>
    public IReadOnlyList<ComposeServiceNetwork>? Networks { get; internal set; }

    /// <summary>The <c>networks:</c> node as written, or null.</summary>
    public ComposeNode? NetworksNode { get; internal set; }

    public ComposeScalar? Restart { get; internal set; }

    public IReadOnlyList<ComposeKeyValue> Environment { get; internal set; } = Array.Empty<ComposeKeyValue>();

    public IReadOnlyList<ComposeKeyValue> Labels { get; internal set; } = Array.Empty<ComposeKeyValue>();

    public ComposeCommand? Command { get; internal set; }

    public ComposeCommand? Entrypoint { get; internal set; }

    /// <summary>The memory limit from <c>deploy.resources.limits.memory</c>, else <c>mem_limit</c>.</summary>
    public ComposeValue<long>? EffectiveMemoryLimit => Deploy?.Resources?.Limits?.Memory ?? MemLimit;

    /// <summary>The CPU limit from <c>deploy.resources.limits.cpus</c>, else <c>cpus</c>.</summary>
    public ComposeValue<double>? EffectiveCpuLimit => Deploy?.Resources?.Limits?.Cpus ?? Cpus;

    /// <summary>The PIDs limit from <c>deploy.resources.limits.pids</c>, else <c>pids_limit</c>.</summary>
    public ComposeValue<long>? EffectivePidsLimit => Deploy?.Resources?.Limits?.Pids ?? PidsLimit;

    public override string ToString() => Name;
}
