using System;
using DockerSecurity.Analysis.Rules.Build.Packages;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>
/// Downloads that write to standard output (<c>curl URL</c>, <c>wget -qO- URL</c>) and the commands
/// that run what they receive as a program: shells and script interpreters reading standard input,
/// a process substitution or a code argument.
/// </summary>
internal static class RemoteScripts
{
    internal static readonly string[] CurlValueOptions =
    {
        "-o", "--output", "-d", "--data", "--data-binary", "--data-raw", "--data-urlencode", "-H", "--header", "-u", "--user",
        "-X", "--request", "-A", "--user-agent", "-e", "--referer", "-b", "--cookie", "-c", "--cookie-jar", "-F", "--form",
        "-T", "--upload-file", "-w", "--write-out", "-x", "--proxy", "-m", "--max-time", "--connect-timeout", "-C",
        "--continue-at", "-E", "--cert", "--key", "--cacert", "--capath", "-K", "--config", "-r", "--range", "-Y",
        "--speed-limit", "-y", "--speed-time", "-z", "--time-cond", "-U", "--proxy-user", "-Q", "--quote", "-t",
        "--telnet-option", "-P", "--ftp-port", "--retry", "--retry-delay", "--retry-max-time", "--url", "--resolve",
        "--proto", "--proto-redir", "--limit-rate", "--output-dir", "--max-filesize", "--interface", "--dns-servers",
    };

    internal static readonly string[] WgetValueOptions =
    {
        "-O", "--output-document", "-o", "--output-file", "-a", "--append-output", "-P", "--directory-prefix", "-U",
        "--user-agent", "--header", "-e", "--execute", "-t", "--tries", "-T", "--timeout", "--user", "--password",
        "-i", "--input-file", "-w", "--wait", "--ca-certificate", "--certificate", "--private-key", "-Q", "--quota",
    };

    /// <summary>Whether the command downloads to its standard output: curl without <c>-o</c>/<c>-O</c>, or wget with <c>-O -</c>.</summary>
    public static bool DownloadsToStdout(CommandInvocation invocation)
    {
        if (invocation.Is("curl"))
        {
            var arguments = invocation.ParseArguments(CurlValueOptions);
            var output = arguments.ValueOf("-o", "--output");
            return !arguments.HasOption("-O", "--remote-name", "--remote-name-all") && (output is null || IsStdout(output));
        }

        if (invocation.Is("wget"))
        {
            return invocation.ParseArguments(WgetValueOptions).ValueOf("-O", "--output-document") is { } output && IsStdout(output);
        }

        return false;
    }

    /// <summary>Whether the command runs its standard input as a script: <c>sh</c>, <c>bash -s -- x</c>, <c>python3 -</c>, <c>node</c>.</summary>
    public static bool RunsStandardInput(CommandInvocation invocation)
    {
        if (invocation.Name is not { } name)
        {
            return false;
        }

        if (Array.IndexOf(ShellParseOptions.PosixShells, name) >= 0)
        {
            var options = ShellOptionWords.Read(invocation.Words, 1, isShell: true);
            return !options.ReadsCommandString && (options.ReadsStandardInput || options.FirstOperand >= invocation.Words.Count);
        }

        if (Interpreter(name) is not { } interpreter)
        {
            return false;
        }

        if (name == "php" && invocation.Arguments.Count > 0 && invocation.Arguments[0].Value == "--")
        {
            // php -- --install-dir=/x: the script comes from standard input, the rest are its arguments.
            return true;
        }

        var arguments = CommandArguments.Parse(invocation.Arguments, interpreter.ValueOptions, optionsEndAtFirstPositional: true);
        return !arguments.HasOption(interpreter.CodeOptions) && !arguments.HasOption(interpreter.ModuleOptions)
            && (arguments.Positionals.Count == 0 || arguments.Positionals[0].Value == "-");
    }

    /// <summary>Whether the command runs a file named by its arguments (<c>bash &lt;(curl ...)</c>, <c>source &lt;(...)</c>).</summary>
    public static bool RunsFileArgument(CommandInvocation invocation) =>
        invocation.Name is { } name && (name is "source" or "." || Array.IndexOf(ShellParseOptions.PosixShells, name) >= 0 || Interpreter(name) is not null);

    /// <summary>
    /// The option that makes the command run its argument as code (<c>-c</c> for a shell or Python,
    /// <c>-e</c> for Perl, Ruby and Node), <c>""</c> for <c>eval</c>, or null when it runs none.
    /// </summary>
    public static string? CodeOption(CommandInvocation invocation)
    {
        if (invocation.Name is not { } name)
        {
            return null;
        }

        if (name == "eval")
        {
            return string.Empty;
        }

        if (Array.IndexOf(ShellParseOptions.PosixShells, name) >= 0)
        {
            return ShellOptionWords.Read(invocation.Words, 1, isShell: true).ReadsCommandString ? "-c" : null;
        }

        if (Interpreter(name) is not { } interpreter)
        {
            return null;
        }

        var arguments = CommandArguments.Parse(invocation.Arguments, interpreter.ValueOptions, optionsEndAtFirstPositional: true);
        return arguments.FindOption(interpreter.CodeOptions)?.Name;
    }

    private static bool IsStdout(string output) => output is "-" or "/dev/stdout";

    private static InterpreterOptions? Interpreter(string name) => name switch
    {
        "perl" => new(new[] { "-e", "-E" }, Array.Empty<string>(), new[] { "-e", "-E", "-I", "-M", "-m" }),
        "ruby" => new(new[] { "-e" }, Array.Empty<string>(), new[] { "-e", "-I", "-r" }),
        "node" or "nodejs" => new(new[] { "-e", "--eval", "-p", "--print" }, Array.Empty<string>(), new[] { "-e", "--eval", "-p", "--print", "-r", "--require" }),
        "php" => new(new[] { "-r" }, new[] { "-f" }, new[] { "-r", "-f", "-d", "-c" }),
        _ when PackageCommands.IsPython(name) => new(new[] { "-c" }, new[] { "-m" }, new[] { "-c", "-m", "-W", "-X" }),
        _ => null,
    };

    private sealed record InterpreterOptions(string[] CodeOptions, string[] ModuleOptions, string[] ValueOptions);
}
