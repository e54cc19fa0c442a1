using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>DKS2014: the service joins a host namespace (<c>network_mode</c>, <c>pid</c>, <c>ipc</c>, <c>uts</c>, <c>userns_mode</c>, <c>cgroup</c>: <c>host</c>).</summary>
public sealed class HostNamespaceSharedRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.HostNamespaceShared;

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            Check(context, service, service.NetworkMode, "network_mode", "network namespace", "so it can bind any host port and reach services on the host's loopback; use a compose network and publish only the ports it needs");
            Check(context, service, service.Pid, "pid", "PID namespace", "so it can see and signal every host process; remove it");
            Check(context, service, service.Ipc, "ipc", "IPC namespace", "so it can read and change the host's shared memory; remove it or share IPC with one service ('service:<name>')");
            Check(context, service, service.Uts, "uts", "UTS namespace", "so it can change the host's hostname; remove it");
            Check(context, service, service.UsernsMode, "userns_mode", "user namespace", "so root in the container is root on the host even when the daemon remaps users; remove it");
            Check(context, service, service.Cgroup, "cgroup", "cgroup namespace", "so it sees the host's whole cgroup tree; remove it or use 'cgroup: private'");
        }
    }

    private void Check(ComposeContext context, ComposeService service, ComposeScalar? value, string key, string namespaceName, string consequence)
    {
        if (value is not null && KnownValues.Of(value) == "host")
        {
            context.Report(Descriptor, value.Origin,
                $"Service '{service.Name}' shares the host's {namespaceName} ('{key}: host'), {consequence}");
        }
    }
}
