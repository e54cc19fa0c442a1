using System.Net;
using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Network;

/// <summary>A <c>ports:</c> entry of a service whose address and host port are known (no variable without a default), and where findings about it go.</summary>
internal sealed class PublishedPort
{
    public PublishedPort(ComposeService service, ComposePort port, ComposeOrigin at)
    {
        Service = service;
        Port = port;
        At = at;
    }

    public ComposeService Service { get; }

    public ComposePort Port { get; }

    /// <summary>The entry itself (short syntax), else its <c>published</c> value, else its <c>target</c> (long syntax).</summary>
    public ComposeOrigin At { get; }

    /// <summary>Bound to a loopback address (<c>127.0.0.1</c>, <c>::1</c>): reachable from the host only.</summary>
    public bool IsLoopback => Port.HostIp is { } ip && IPAddress.TryParse(ip, out var address) && IPAddress.IsLoopback(address);

    /// <summary>Bound to every host interface because no address is given (an explicit <c>0.0.0.0</c> or <c>::</c> is a stated choice).</summary>
    public bool HasNoHostIp => string.IsNullOrEmpty(Port.HostIp);

    /// <summary>What is published, for messages: <c>port 8080</c>, <c>ports 8000-8010</c>, <c>port 53/udp</c>, <c>container port 80 on a random host port</c>.</summary>
    public string Describe()
    {
        var protocol = Port.Protocol == "tcp" ? "" : "/" + Port.Protocol;
        if (Port.Published is null || Port.PublishedStart == 0)
        {
            return $"container port {Port.Target}{protocol} on a random host port";
        }

        return (Port.PublishedStart == Port.PublishedEnd ? "port " : "ports ") + Port.Published + protocol;
    }
}
