using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Shell;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Rules.Secrets;

/// <summary>A password or token found on a command line, and where on it (for the message).</summary>
internal sealed record CommandCredential(SourceSpan Span, string Secret, CredentialKind Kind, string Where);

/// <summary>
/// Passwords and tokens given to commands: <c>--password=x</c> and other secret-like long options
/// of any command, <c>mysql -px</c>, <c>docker login -p x</c>, <c>redis-cli -a x</c>,
/// <c>sshpass -p x</c>, <c>redis-server --requirepass x</c>, <c>curl -u user:x</c>, <c>openssl -passin pass:x</c>,
/// <c>keytool -storepass x</c>, <c>htpasswd -b file user x</c>, <c>echo 'user:x' | chpasswd</c>,
/// and secret-like variables assigned a literal (<c>PGPASSWORD=x psql</c>, <c>export API_TOKEN=x</c>).
/// Values that are expanded at run time (<c>$X</c>, <c>$(cat /run/secrets/x)</c>) are not credentials.
/// </summary>
internal static class CommandCredentials
{
    private static readonly HashSet<string> MySqlClients = new(StringComparer.Ordinal)
    {
        "mysql", "mysqldump", "mysqladmin", "mysqlimport", "mysqlcheck", "mysqlshow", "mysqlpump", "mysqlslap",
        "mariadb", "mariadb-dump", "mariadb-admin", "mariadb-import", "mariadb-check", "mariadb-show", "mariadb-slap",
    };

    private static readonly HashSet<string> RegistryClients = new(StringComparer.Ordinal)
    {
        "docker", "podman", "nerdctl", "buildah", "skopeo", "helm", "oras", "crane", "regctl",
    };

    /// <summary>Long options that take their value as the next word (<c>--password x</c>); other secret-like options count only with <c>=</c>.</summary>
    private static readonly HashSet<string> SeparateValueOptions = new(StringComparer.Ordinal)
    {
        "password", "passwd", "token", "api-key", "apikey", "access-token", "auth-token", "client-secret",
        "secret-key", "http-password", "ftp-password", "proxy-password", "db-password", "registry-password",
    };

    private static readonly HashSet<string> KeytoolPasswordOptions = new(StringComparer.Ordinal)
    {
        "-storepass", "-keypass", "-srcstorepass", "-deststorepass", "-srckeypass", "-destkeypass", "-new",
    };

    private static readonly HashSet<string> OpensslPasswordOptions = new(StringComparer.Ordinal)
    {
        "-pass", "-passin", "-passout", "-password",
    };

    private static readonly HashSet<string> DeclarationCommands = new(StringComparer.Ordinal)
    {
        "export", "declare", "typeset", "readonly", "local",
    };

    /// <summary>Every credential in the commands of <paramref name="script"/>, nested and inline scripts included.</summary>
    public static void Scan(ShellScript script, Func<SourceSpan, SourceSpan>? map, List<CommandCredential> found)
    {
        foreach (var command in script.AllCommands)
        {
            var invocation = command.Unwrapped;
            foreach (var assignment in invocation.Environment)
            {
                CheckAssignment(ArgumentWord.FromShell(assignment.Word, map), assignment.Name, assignment.Word.Value.Length - assignment.Value.Length, found);
            }

            var words = new List<ArgumentWord>();
            foreach (var word in invocation.Words)
            {
                words.Add(ArgumentWord.FromShell(word, map));
            }

            if (invocation.Name is { } name && DeclarationCommands.Contains(name))
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (ShellAssignment.TryRead(argument) is { } declared)
                    {
                        CheckAssignment(ArgumentWord.FromShell(argument, map), declared.Name, argument.Value.Length - declared.Value.Length, found);
                    }
                }

                continue;
            }

            Scan(words, found);
        }

        foreach (var pipeline in script.AllPipelines)
        {
            for (var i = 1; i < pipeline.Commands.Count; i++)
            {
                if (pipeline.Commands[i] is SimpleCommand { Unwrapped: { } target } && target.Is("chpasswd")
                    && pipeline.Commands[i - 1] is SimpleCommand { Unwrapped: { } source } && source.Is("echo", "printf"))
                {
                    foreach (var word in source.Arguments)
                    {
                        CheckChpasswdLine(ArgumentWord.FromShell(word, map), found);
                    }
                }
            }
        }
    }

    /// <summary>The credentials in one command's argv (<paramref name="argv"/>[0] is the command name).</summary>
    public static void Scan(IReadOnlyList<ArgumentWord> argv, List<CommandCredential> found)
    {
        if (argv.Count < 2)
        {
            return;
        }

        var name = CommandName.BaseName(argv[0].Value);
        var isMySql = MySqlClients.Contains(name);
        var isRegistryLogin = RegistryClients.Contains(name) && IsLogin(argv);
        for (var i = 1; i < argv.Count; i++)
        {
            var word = argv[i];
            var value = word.Value;
            var next = i + 1 < argv.Count ? argv[i + 1] : null;
            if (value == "--")
            {
                break;
            }

            if (name == "redis-server" && value is "--requirepass" or "--masterauth")
            {
                ShortOption(word, next, value, name, found);
                continue;
            }

            if (value.StartsWith("--", StringComparison.Ordinal))
            {
                CheckLongOption(name, word, next, separateValueAllowed: !isMySql, found);
                continue;
            }

            if (isMySql && value.StartsWith("-p", StringComparison.Ordinal))
            {
                // -p alone prompts; the password must be attached.
                Report(word, 2, value.Length - 2, name, "-p", found);
            }
            else if ((isRegistryLogin || name == "sshpass") && value.StartsWith("-p", StringComparison.Ordinal))
            {
                ShortOption(word, next, "-p", name, found);
            }
            else if (name == "redis-cli" && value.StartsWith("-a", StringComparison.Ordinal))
            {
                ShortOption(word, next, "-a", name, found);
            }
            else if (name == "curl" && (value.StartsWith("-u", StringComparison.Ordinal) || value.StartsWith("-U", StringComparison.Ordinal)))
            {
                var option = value.Substring(0, 2);
                if (value.Length > 2)
                {
                    UserAndPassword(word, 2, name, option, found);
                }
                else if (next is not null)
                {
                    UserAndPassword(next, 0, name, option, found);
                }
            }
            else if (name == "openssl" && OpensslPasswordOptions.Contains(value) && next is not null && next.Value.StartsWith("pass:", StringComparison.Ordinal))
            {
                Report(next, 5, next.Value.Length - 5, name, value, found);
            }
            else if (name == "keytool" && KeytoolPasswordOptions.Contains(value) && next is not null)
            {
                Report(next, 0, next.Value.Length, name, value, found);
            }
        }

        if (name == "htpasswd")
        {
            HtpasswdPassword(argv, found);
        }
    }

    /// <summary>A secret-like variable given a literal value; <paramref name="valueStart"/> is where the value starts in the word.</summary>
    public static void CheckAssignment(ArgumentWord word, string name, int valueStart, List<CommandCredential> found)
    {
        var value = word.Value.Substring(valueStart);
        if (!SecretNames.IsSecretLike(name) || SecretNames.IsSecretMountPath(value) || SecretNames.IsBooleanWord(value))
        {
            return;
        }

        if (value.Length > 0 && word.IsLiteral(valueStart, value.Length) && !CredentialPatterns.IsPlaceholder(value))
        {
            found.Add(new CommandCredential(word.SpanOf(valueStart, value.Length), value, CredentialKind.ShellAssignment, $"the variable '{name}'"));
        }
    }

    private static void CheckLongOption(string command, ArgumentWord word, ArgumentWord? next, bool separateValueAllowed, List<CommandCredential> found)
    {
        var value = word.Value;
        var equals = value.IndexOf('=');
        var option = equals < 0 ? value.Substring(2) : value.Substring(2, equals - 2);
        if (command == "curl" && option is "user" or "proxy-user")
        {
            if (equals >= 0)
            {
                UserAndPassword(word, equals + 1, command, "--" + option, found);
            }
            else if (next is not null)
            {
                UserAndPassword(next, 0, command, "--" + option, found);
            }

            return;
        }

        // docker build --secret id=x,src=y names a secret file; it does not hold one.
        if (option == "secret" || option.StartsWith("no-", StringComparison.Ordinal) || !SecretNames.IsSecretLike(option))
        {
            return;
        }

        if (equals >= 0)
        {
            var secret = value.Substring(equals + 1);
            if (!LooksLikePath(secret))
            {
                Report(word, equals + 1, secret.Length, command, "--" + option, found);
            }
        }
        else if (separateValueAllowed && SeparateValueOptions.Contains(option) && next is not null && !next.Value.StartsWith("-", StringComparison.Ordinal) && !LooksLikePath(next.Value))
        {
            Report(next, 0, next.Value.Length, command, "--" + option, found);
        }
    }

    /// <summary><c>-pvalue</c> or <c>-p value</c>.</summary>
    private static void ShortOption(ArgumentWord word, ArgumentWord? next, string option, string command, List<CommandCredential> found)
    {
        if (word.Value.Length > option.Length)
        {
            Report(word, option.Length, word.Value.Length - option.Length, command, option, found);
        }
        else if (word.Value.Length == option.Length && next is not null && !next.Value.StartsWith("-", StringComparison.Ordinal))
        {
            Report(next, 0, next.Value.Length, command, option, found);
        }
    }

    /// <summary><c>user:password</c>: the part after the first colon (none means the command prompts).</summary>
    private static void UserAndPassword(ArgumentWord word, int start, string command, string option, List<CommandCredential> found)
    {
        var colon = word.Value.IndexOf(':', start);
        if (colon >= 0)
        {
            Report(word, colon + 1, word.Value.Length - colon - 1, command, option, found);
        }
    }

    /// <summary><c>htpasswd -b[c] file user password</c> or <c>htpasswd -nb user password</c>.</summary>
    private static void HtpasswdPassword(IReadOnlyList<ArgumentWord> argv, List<CommandCredential> found)
    {
        var batch = false;
        var toStdout = false;
        var positionals = new List<ArgumentWord>();
        for (var i = 1; i < argv.Count; i++)
        {
            var value = argv[i].Value;
            if (value.Length > 1 && value[0] == '-')
            {
                batch |= value.IndexOf('b') > 0;
                toStdout |= value.IndexOf('n') > 0;
            }
            else
            {
                positionals.Add(argv[i]);
            }
        }

        var index = toStdout ? 1 : 2;
        if (batch && positionals.Count > index)
        {
            var password = positionals[index];
            if (password.IsLiteral(0, password.Value.Length) && password.Value.Length > 0 && !CredentialPatterns.IsPlaceholder(password.Value))
            {
                found.Add(new CommandCredential(password.SpanOf(0, password.Value.Length), password.Value, CredentialKind.CommandArgument, "the password argument of 'htpasswd'"));
            }
        }
    }

    /// <summary><c>user:password</c> lines that <c>echo</c> or <c>printf</c> feed to <c>chpasswd</c>.</summary>
    private static void CheckChpasswdLine(ArgumentWord word, List<CommandCredential> found)
    {
        var value = word.Value;
        if (value.StartsWith("-", StringComparison.Ordinal))
        {
            return;
        }

        var colon = value.IndexOf(':');
        if (colon <= 0)
        {
            return;
        }

        var end = value.IndexOf("\\n", colon, StringComparison.Ordinal);
        end = end < 0 ? value.Length : end;
        var length = end - colon - 1;
        if (length > 0 && word.IsLiteral(colon + 1, length) && !CredentialPatterns.IsPlaceholder(value.Substring(colon + 1, length)))
        {
            found.Add(new CommandCredential(word.SpanOf(colon + 1, length), value.Substring(colon + 1, length), CredentialKind.CommandArgument, "the input of 'chpasswd'"));
        }
    }

    private static void Report(ArgumentWord word, int start, int length, string command, string option, List<CommandCredential> found)
    {
        if (length <= 0 || !word.IsLiteral(start, length))
        {
            return;
        }

        var secret = word.Value.Substring(start, length);
        if (CredentialPatterns.IsPlaceholder(secret))
        {
            return;
        }

        found.Add(new CommandCredential(word.SpanOf(start, length), secret, CredentialKind.CommandArgument, $"the '{option}' option of '{command}'"));
    }

    /// <summary><c>docker login ...</c>, <c>helm registry login ...</c>: the first words that are not options.</summary>
    private static bool IsLogin(IReadOnlyList<ArgumentWord> argv)
    {
        for (var i = 1; i < argv.Count; i++)
        {
            var value = argv[i].Value;
            if (value.StartsWith("-", StringComparison.Ordinal))
            {
                continue;
            }

            return value == "login" || (value == "registry" && i + 1 < argv.Count && argv[i + 1].Value == "login");
        }

        return false;
    }

    private static bool LooksLikePath(string value) =>
        value.StartsWith("/", StringComparison.Ordinal) || value.StartsWith("./", StringComparison.Ordinal)
        || value.StartsWith("../", StringComparison.Ordinal) || value.StartsWith("~/", StringComparison.Ordinal);
}
