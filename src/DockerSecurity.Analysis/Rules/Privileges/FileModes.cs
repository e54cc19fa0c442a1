using System;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>What a file mode grants that a hardened image should not.</summary>
[Flags]
internal enum FileModeRisk
{
    None = 0,

    /// <summary>Others may write (and the sticky bit, which keeps <c>/tmp</c>-style folders safe, is not set).</summary>
    WorldWritable = 1,

    SetUid = 2,

    SetGid = 4,
}

/// <summary>
/// Reads a mode as <c>chmod</c>, <c>install -m</c>, <c>mkdir -m</c> and <c>COPY --chmod</c> take it:
/// octal (<c>777</c>, <c>4755</c>, <c>0666</c>) or symbolic (<c>o+w</c>, <c>a=rwx</c>, <c>u+s</c>, <c>g+s,o-rwx</c>).
/// </summary>
internal static class FileModes
{
    public static FileModeRisk Assess(string mode)
    {
        if (mode.Length == 0)
        {
            return FileModeRisk.None;
        }

        return IsOctal(mode) ? AssessOctal(mode) : AssessSymbolic(mode);
    }

    private static bool IsOctal(string mode)
    {
        foreach (var c in mode)
        {
            if (c < '0' || c > '7')
            {
                return false;
            }
        }

        return true;
    }

    private static FileModeRisk AssessOctal(string mode)
    {
        var value = 0;
        foreach (var c in mode)
        {
            value = (value * 8) + (c - '0');
            if (value > 0xFFF)
            {
                // More than 07777 is not a mode; chmod refuses it.
                return FileModeRisk.None;
            }
        }

        var risk = FileModeRisk.None;
        if ((value & 0x800) != 0)
        {
            risk |= FileModeRisk.SetUid;
        }

        if ((value & 0x400) != 0)
        {
            risk |= FileModeRisk.SetGid;
        }

        if ((value & 0x2) != 0 && (value & 0x200) == 0)
        {
            risk |= FileModeRisk.WorldWritable;
        }

        return risk;
    }

    /// <summary>
    /// Clauses <c>[ugoa]*([-+=][rwxXst]*)+</c>, comma-separated. Without a who letter the change
    /// applies to all but is filtered by the umask (022 in builds), so <c>+w</c> adds no write for
    /// others; <c>+s</c> is not filtered and sets both setuid and setgid.
    /// </summary>
    private static FileModeRisk AssessSymbolic(string mode)
    {
        var risk = FileModeRisk.None;
        var sticky = false;
        foreach (var clause in mode.Split(','))
        {
            var i = 0;
            while (i < clause.Length && clause[i] is 'u' or 'g' or 'o' or 'a')
            {
                i++;
            }

            var who = clause.Substring(0, i);
            if (i == clause.Length)
            {
                return FileModeRisk.None;
            }

            while (i < clause.Length)
            {
                var op = clause[i++];
                if (op is not ('+' or '-' or '='))
                {
                    return FileModeRisk.None;
                }

                var start = i;
                while (i < clause.Length && clause[i] is 'r' or 'w' or 'x' or 'X' or 's' or 't' or 'u' or 'g' or 'o')
                {
                    i++;
                }

                var permissions = clause.Substring(start, i - start);
                if (op == '-')
                {
                    continue;
                }

                var all = who.Length == 0 || who.IndexOf('a') >= 0;
                if (permissions.IndexOf('w') >= 0 && (who.IndexOf('o') >= 0 || who.IndexOf('a') >= 0))
                {
                    risk |= FileModeRisk.WorldWritable;
                }

                if (permissions.IndexOf('s') >= 0 && (all || who.IndexOf('u') >= 0))
                {
                    risk |= FileModeRisk.SetUid;
                }

                if (permissions.IndexOf('s') >= 0 && (all || who.IndexOf('g') >= 0))
                {
                    risk |= FileModeRisk.SetGid;
                }

                sticky |= permissions.IndexOf('t') >= 0;
            }
        }

        return sticky ? risk & ~FileModeRisk.WorldWritable : risk;
    }
}
