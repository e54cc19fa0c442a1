namespace DockerSecurity.Analysis.Compose;

/// <summary><c>deploy.resources.limits</c> or <c>deploy.resources.reservations</c>.</summary>
public sealed class ComposeResourceSet
{
    internal ComposeResourceSet(ComposeMapping node)
    {
        Node = node;
    }

    public ComposeMapping Node { get; }

    public ComposeOrigin Origin => Node.Origin;

    /// <summary>CPUs (<c>0.5</c>).</summary>
    public ComposeValue<double>? Cpus { get; internal set; }

    /// <summary>Memory in bytes (<c>512m</c> is 536870912).</summary>
    public ComposeValue<long>? Memory { get; internal set; }

    public ComposeValue<long>? Pids { get; internal set; }
}

/// <summary><c>deploy.resources</c>.</summary>
public sealed class ComposeResources
{
    internal ComposeResources(ComposeMapping node)
    {
        Node = node;
    }

    public ComposeMapping Node { get; }

    public ComposeOrigin Origin => Node.Origin;

    public ComposeResourceSet? Limits { get; internal set; }

    public ComposeResourceSet? Reservations { get; internal set; }
}

/// <summary>A service's <c>deploy:</c> (the parts the hardening rules read).</summary>
public sealed class ComposeDeploy
{
    internal ComposeDeploy(ComposeMapping node)
    {
        Node = node;
    }

    public ComposeMapping Node { get; }

    public ComposeOrigin Origin => Node.Origin;

    public ComposeResources? Resources { get; internal set; }

    /// <summary><c>deploy.restart_policy.condition</c> (<c>none</c>, <c>on-failure</c>, <c>any</c>), or null.</summary>
    public ComposeScalar? RestartPolicyCondition { get; internal set; }
}
