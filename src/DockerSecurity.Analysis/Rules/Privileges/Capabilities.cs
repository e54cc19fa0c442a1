using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>Linux capability names as Docker reads them (any case, with or without <c>CAP_</c>) and the ones that amount to host control.</summary>
internal static class Capabilities
{
    private static readonly Dictionary<string, string> Dangerous = new(StringComparer.Ordinal)
    {
        ["ALL"] = "which grants every capability, as good as privileged",
        ["SYS_ADMIN"] = "which allows mounting filesystems and most of what root can do",
        ["NET_ADMIN"] = "which lets it reconfigure interfaces, routes and firewall rules",
        ["SYS_PTRACE"] = "which lets it inspect and modify other processes",
        ["SYS_MODULE"] = "which lets it load modules into the host kernel",
        ["DAC_READ_SEARCH"] = "which lets it open files by handle and read any file, the classic 'shocker' escape",
        ["SYS_RAWIO"] = "which gives raw access to I/O ports and device memory",
        ["BPF"] = "which lets it load BPF programs into the host kernel",
        ["PERFMON"] = "which lets it observe the host kernel and other processes through perf events",
        ["SYS_BOOT"] = "which lets it reboot or load a new kernel",
        ["SYS_TIME"] = "which lets it change the host's clock (time is not namespaced)",
        ["MAC_ADMIN"] = "which lets it change the AppArmor or SELinux policy",
        ["MAC_OVERRIDE"] = "which lets it bypass the AppArmor or SELinux policy",
        ["AUDIT_CONTROL"] = "which lets it change or switch off the host's kernel audit rules",
        ["SYSLOG"] = "which lets it read the host kernel log and kernel addresses",
    };

    /// <summary><c>cap_sys_admin</c>, <c>CAP_SYS_ADMIN</c> and <c>SYS_ADMIN</c> all give <c>SYS_ADMIN</c>.</summary>
    public static string Normalize(string name)
    {
        var upper = name.Trim().ToUpperInvariant();
        return upper.StartsWith("CAP_", StringComparison.Ordinal) ? upper.Substring(4) : upper;
    }

    /// <summary>Why the (normalised) capability gives control over the host, or null when it does not.</summary>
    public static string? DangerOf(string normalized) => Dangerous.TryGetValue(normalized, out var why) ? why : null;
}
