using System.Globalization;
using System.Net;

namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// Docker's short port syntax: <c>[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]</c> with ranges
/// (<c>8000-8010:8000-8010</c>) and IPv6 hosts (<c>[::1]:8080:80</c>).
/// </summary>
internal static class PortSpec
{
    /// <summary>Fills <paramref name="port"/>; returns why the text is not a port, or null.</summary>
    public static string? Parse(string text, ComposePort port)
    {
        var spec = text.Trim();
        if (spec.Length == 0)
        {
            return "it is empty";
        }

        var protocol = "tcp";
        var slash = spec.LastIndexOf('/');
        if (slash >= 0)
        {
            protocol = spec.Substring(slash + 1).ToLowerInvariant();
            spec = spec.Substring(0, slash);
            if (protocol is not ("tcp" or "udp" or "sctp"))
            {
                return $"'{protocol}' is not a protocol (tcp, udp or sctp)";
            }
        }

        var parts = spec.Split(':');
        var n = parts.Length;
        var container = parts[n - 1];
        string? host = null;
        string? ip = null;
        if (n == 2)
        {
            host = parts[0];
        }
        else if (n == 3)
        {
            ip = parts[0];
            host = parts[1];
        }
        else if (n > 3)
        {
            ip = string.Join(":", parts, 0, n - 2);
            host = parts[n - 2];
        }

        if (ip is not null)
        {
            if (ip.Length > 1 && ip[0] == '[' && ip[ip.Length - 1] == ']')
            {
                ip = ip.Substring(1, ip.Length - 2);
            }

            if (ip.Length > 0 && !IPAddress.TryParse(ip, out _))
            {
                return $"'{ip}' is not an IP address";
            }
        }

        if (!TryRange(container, 1, out var targetStart, out var targetEnd))
        {
            return $"'{container}' is not a container port or range (1-65535)";
        }

        int? publishedStart = null;
        int? publishedEnd = null;
        if (!string.IsNullOrEmpty(host))
        {
            if (!TryRange(host!, 0, out var hs, out var he))
            {
                return $"'{host}' is not a host port or range (0-65535)";
            }

            if (targetEnd != targetStart && he - hs != targetEnd - targetStart)
            {
                return $"the host range '{host}' and the container range '{container}' differ in size";
            }

            publishedStart = hs;
            publishedEnd = he;
        }

        port.HostIp = string.IsNullOrEmpty(ip) ? null : ip;
        port.Published = string.IsNullOrEmpty(host) ? null : host;
        port.PublishedStart = publishedStart;
        port.PublishedEnd = publishedEnd;
        port.TargetStart = targetStart;
        port.TargetEnd = targetEnd;
        port.Protocol = protocol;
        return null;
    }

    public static bool TryRange(string text, int minimum, out int start, out int end)
    {
        var dash = text.IndexOf('-');
        if (dash < 0)
        {
            end = 0;
            return TryPort(text, minimum, out start) && (end = start) == start;
        }

        end = 0;
        return TryPort(text.Substring(0, dash), minimum, out start)
            && TryPort(text.Substring(dash + 1), minimum, out end)
            && start <= end;
    }

    private static bool TryPort(string text, int minimum, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port >= minimum && port <= 65535;
}
