using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Compose;

/// <summary>A service's <c>healthcheck:</c>.</summary>
public sealed class ComposeHealthcheck
{
    internal ComposeHealthcheck(ComposeMapping node)
    {
        Node = node;
    }

    public ComposeMapping Node { get; }

    public ComposeOrigin Origin => Node.Origin;

    /// <summary>The test as a list; a string <c>test</c> becomes <c>["CMD-SHELL", test]</c> with the string as its only scalar.</summary>
    public IReadOnlyList<ComposeScalar> Test { get; internal set; } = Array.Empty<ComposeScalar>();

    /// <summary>The <c>test</c> node as written, or null.</summary>
    public ComposeNode? TestNode { get; internal set; }

    /// <summary><c>test</c> was written as a string (run by a shell).</summary>
    public bool IsShellForm { get; internal set; }

    public ComposeValue<bool>? Disable { get; internal set; }

    public ComposeValue<TimeSpan>? Interval { get; internal set; }

    public ComposeValue<TimeSpan>? Timeout { get; internal set; }

    public ComposeValue<TimeSpan>? StartPeriod { get; internal set; }

    public ComposeValue<TimeSpan>? StartInterval { get; internal set; }

    public ComposeValue<long>? Retries { get; internal set; }

    /// <summary><c>disable: true</c> or <c>test: ["NONE"]</c>.</summary>
    public bool IsDisabled =>
        Disable?.Value == true || (!IsShellForm && Test.Count > 0 && string.Equals(Test[0].Value, "NONE", StringComparison.Ordinal));
}
