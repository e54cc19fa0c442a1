using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Images;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>
/// The user names known to exist in a stage's image as its instructions run: the base image's (from
/// the knowledge table), and those RUN creates (<c>useradd</c>, <c>adduser</c>, <c>usermod -l</c>, lines
/// appended to <c>/etc/passwd</c>) or COPY brings with an <c>/etc/passwd</c> from another stage. When a
/// name cannot be known (a variable, a passwd file from the context) every name counts as known.
/// </summary>
internal sealed class UserAccounts
{
    private static readonly string[] UseraddOptionsWithValue =
    {
        "-b", "-c", "-d", "-e", "-f", "-g", "-G", "-k", "-K", "-p", "-s", "-u", "-R", "-P", "-Z",
        "--base-dir", "--comment", "--home-dir", "--home", "--expiredate", "--inactive", "--gid", "--groups", "--skel", "--key",
        "--password", "--shell", "--uid", "--root", "--prefix", "--selinux-user", "--selinux-range",
    };

    // Debian's adduser and BusyBox's adduser (-h home, -g gecos, -s shell, -G group, -u uid, -k skel).
    private static readonly string[] AdduserOptionsWithValue =
    {
        "-h", "-g", "-s", "-G", "-u", "-k",
        "--home", "--shell", "--uid", "--firstuid", "--lastuid", "--gecos", "--comment", "--ingroup", "--gid", "--conf",
        "--firstgid", "--lastgid", "--key",
    };

    private static readonly string[] UsermodOptionsWithValue =
    {
        "-c", "-d", "-e", "-f", "-g", "-G", "-l", "-p", "-s", "-u", "-R", "-P", "-Z", "-v", "-V", "-w", "-W",
        "--comment", "--home", "--expiredate", "--inactive", "--gid", "--groups", "--login", "--password", "--shell", "--uid",
        "--root", "--prefix", "--add-subuids", "--del-subuids", "--add-subgids", "--del-subgids", "--selinux-user",
    };

    private static readonly Regex PasswdLine = new(@"^([A-Za-z0-9_][A-Za-z0-9_.-]*\$?):[^:\n]*:[0-9]+:", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private readonly HashSet<string> _names;

    private UserAccounts(bool isWindows)
    {
        IsWindows = isWindows;
        _names = new HashSet<string>(isWindows ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
    }

    /// <summary>Windows account names are case-insensitive, and RUN is not POSIX shell there.</summary>
    public bool IsWindows { get; }

    /// <summary>Some user was created under a name the Dockerfile does not spell out.</summary>
    public bool HasUnknownNames { get; private set; }

    /// <summary>The accounts of the image <paramref name="root"/> starts from; <paramref name="isWindows"/> also for an unknown Windows image.</summary>
    public static UserAccounts ForBase(ImageTraits traits, Stage root, bool isWindows)
    {
        var accounts = new UserAccounts(isWindows);
        if (root.BaseImage is not { IsScratch: true })
        {
            accounts._names.UnionWith(isWindows ? BaseImageKnowledge.WindowsUsers : BaseImageKnowledge.SystemUsers);
            accounts._names.UnionWith(traits.Users);
        }

        return accounts;
    }

    public bool Has(string name) => HasUnknownNames || _names.Contains(name);

    /// <summary>Adds every account another stage's <c>/etc/passwd</c> holds (copied over this one's).</summary>
    public void AddAll(UserAccounts other)
    {
        _names.UnionWith(other._names);
        HasUnknownNames |= other.HasUnknownNames;
    }

    /// <summary>An <c>/etc/passwd</c> whose content the Dockerfile does not show.</summary>
    public void AddUnknown() => HasUnknownNames = true;

    /// <summary>The users a RUN creates; <paramref name="script"/> is null when it is not POSIX shell.</summary>
    public void AddCreatedBy(Instruction run, ShellScript? script)
    {
        if (script is null)
        {
            // Exec form, PowerShell or cmd: look for the tools by name, and give up on knowing the names.
            var text = run.Text.Text;
            if (ContainsAny(text, "useradd", "adduser", "usermod", "/etc/passwd", "net user", "New-LocalUser"))
            {
                HasUnknownNames = true;
            }

            return;
        }

        foreach (var command in script.AllCommands)
        {
            AddCreatedBy(command.Unwrapped);
        }

        foreach (var pipeline in script.AllPipelines)
        {
            AddPasswdLines(pipeline);
        }
    }

    private void AddCreatedBy(CommandInvocation command)
    {
        switch (command.Name)
        {
            case "useradd":
            {
                var arguments = command.ParseArguments(UseraddOptionsWithValue);
                if (arguments.Positionals.Count > 0)
                {
                    Add(arguments.Positionals[arguments.Positionals.Count - 1]);
                }

                break;
            }

            case "adduser":
            {
                var arguments = command.ParseArguments(AdduserOptionsWithValue);

                // Debian's "adduser --group name" without --system makes a group, not a user.
                if (arguments.Subcommand is { } user && !(arguments.HasOption("--group") && !arguments.HasOption("--system")))
                {
                    Add(user);
                }

                break;
            }

            case "usermod":
                if (command.ParseArguments(UsermodOptionsWithValue).FindOption("-l", "--login") is { ValueWord: { } renamed } option)
                {
                    Add(renamed, option.Value);
                }

                break;
        }
    }

    /// <summary><c>echo "app:x:10001:10001::/app:/sbin/nologin" &gt;&gt; /etc/passwd</c>, with a redirection or tee.</summary>
    private void AddPasswdLines(Shell.Pipeline pipeline)
    {
        var writesPasswd = false;
        foreach (var command in pipeline.Commands)
        {
            if (command.Redirections.Any(r => r.Kind is ShellRedirectionKind.Output or ShellRedirectionKind.Append or ShellRedirectionKind.Clobber
                    && r.Target?.Value == "/etc/passwd")
                || (command is SimpleCommand simple && simple.Unwrapped.Is("tee") && simple.Unwrapped.Arguments.Any(w => w.Value == "/etc/passwd")))
            {
                writesPasswd = true;
            }
        }

        if (!writesPasswd)
        {
            return;
        }

        var found = false;
        foreach (var command in pipeline.Commands.OfType<SimpleCommand>())
        {
            foreach (var word in command.Arguments)
            {
                foreach (Match line in PasswdLine.Matches(word.Value.Replace("\\n", "\n")))
                {
                    _names.Add(line.Groups[1].Value);
                    found = true;
                }
            }
        }

        HasUnknownNames |= !found;
    }

    private void Add(ShellWord word, string? value = null)
    {
        if (word.HasExpansion)
        {
            HasUnknownNames = true;
            return;
        }

        _names.Add(value ?? word.Value);
    }

    private static bool ContainsAny(string text, params string[] words) =>
        words.Any(word => text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0);
}
