using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using DockerSecurity.Analysis.Rules.Build.Packages;
using DockerSecurity.Analysis.Shell;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Rules.Build.Verification;

/// <summary>
/// Commands of a RUN script that turn verification off: options (<c>curl -k</c>, <c>apk --allow-untrusted</c>),
/// tool configuration (<c>npm config set strict-ssl false</c>, <c>git config http.sslVerify false</c>),
/// variables (<c>export GIT_SSL_NO_VERIFY=1</c>), and configuration files the script writes.
/// Only commands count: an <c>echo "curl -k"</c> is text.
/// </summary>
internal static class VerificationCommands
{
    private static readonly Regex GitSslVerify = new(@"^http(\..+)?\.sslverify$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex WgetCheckOff = new(@"^check_?certificate\s*=\s*(off|0|no|false)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex RpmSetopt = new(@"^(?:.*\.)?(?<key>gpgcheck|localpkg_gpgcheck|repo_gpgcheck|sslverify)\s*=\s*(0|false|no|off)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly string[] Declarations = { "export", "declare", "typeset", "readonly", "local" };

    public static IEnumerable<DisabledVerification> In(ShellScript script)
    {
        var packages = PackageCommands.Of(script);
        foreach (var command in script.AllCommands)
        {
            foreach (var finding in InCommand(command, packages.Find(command)))
            {
                yield return finding;
            }
        }

        foreach (var write in FileWrite.In(script))
        {
            foreach (var finding in VerificationFiles.In(write))
            {
                yield return finding;
            }
        }
    }

    private static IEnumerable<DisabledVerification> InCommand(SimpleCommand command, PackageCommand? package)
    {
        var invocation = command.Unwrapped;
        foreach (var assignment in invocation.Environment)
        {
            if (Variable(assignment) is { } finding)
            {
                yield return finding;
            }
        }

        if (command.Is(Declarations))
        {
            foreach (var argument in command.Arguments)
            {
                if (ShellAssignment.TryRead(argument) is { } assignment && Variable(assignment) is { } finding)
                {
                    yield return finding;
                }
            }
        }

        if (invocation.NameWord is not { HasExpansion: false })
        {
            yield break;
        }

        var findings = package is not null ? PackageManager(package) : Tool(invocation);
        foreach (var finding in findings)
        {
            yield return finding;
        }
    }

    private static DisabledVerification? Variable(ShellAssignment assignment) =>
        !assignment.Word.HasExpansion && VerificationVariables.Check(assignment.Name, assignment.Value) is { } effect
            ? new DisabledVerification(assignment.Span, assignment.Name + "=" + assignment.Value, effect)
            : null;

    private static IEnumerable<DisabledVerification> Tool(CommandInvocation invocation)
    {
        var name = invocation.Name;
        switch (name)
        {
            case "curl":
                foreach (var option in invocation.ParseArguments(RemoteScripts.CurlValueOptions).FindOptions("-k", "--insecure", "--proxy-insecure"))
                {
                    yield return new DisabledVerification(option.Word.Span, "curl " + option.Name, VerificationEffect.Tls);
                }

                break;
            case "wget":
                foreach (var option in invocation.ParseArguments(RemoteScripts.WgetValueOptions).Options)
                {
                    if (option.Name == "--no-check-certificate"
                        || (option.Name is "-e" or "--execute" && option.Value is { } value && WgetCheckOff.IsMatch(value.Trim())))
                    {
                        yield return new DisabledVerification(option.Span, option.Value is null ? "wget " + option.Name : $"wget {option.Name} {option.Value}", VerificationEffect.Tls);
                    }
                }

                break;
            case "git":
                foreach (var finding in Git(invocation))
                {
                    yield return finding;
                }

                break;
            case "rpm":
                foreach (var option in invocation.ParseArguments("--root", "--dbpath", "--define", "-D", "--eval", "-E", "--macros", "--rcfile", "--predefine").FindOptions("--nosignature", "--nodigest"))
                {
                    yield return new DisabledVerification(option.Word.Span, "rpm " + option.Name, VerificationEffect.Signature);
                }

                break;
            case "yum-config-manager":
                foreach (var finding in RpmOptions(invocation.ParseArguments("--setopt"), name))
                {
                    yield return finding;
                }

                break;
        }
    }

    private static IEnumerable<DisabledVerification> PackageManager(PackageCommand package)
    {
        var arguments = package.Arguments;
        switch (package.Family)
        {
            case PackageManagerFamily.Apt:
                foreach (var option in arguments.Options)
                {
                    if (option.Name is "--allow-unauthenticated" or "--allow-insecure-repositories")
                    {
                        yield return new DisabledVerification(option.Word.Span, $"{package.Tool} {option.Name}", VerificationEffect.Signature);
                    }
                    else if (option.Name is "-o" or "--option" && option.Value is { } value && AptConfiguration.VerificationOff.IsMatch(value))
                    {
                        var effect = value.IndexOf("Verify-", StringComparison.OrdinalIgnoreCase) >= 0 ? VerificationEffect.Tls : VerificationEffect.Signature;
                        yield return new DisabledVerification(option.Span, $"{package.Tool} -o {value}", effect);
                    }
                }

                break;
            case PackageManagerFamily.Apk:
                foreach (var option in arguments.FindOptions("--allow-untrusted"))
                {
                    yield return new DisabledVerification(option.Word.Span, "apk --allow-untrusted", VerificationEffect.Signature);
                }

                break;
            case PackageManagerFamily.Rpm:
                foreach (var finding in RpmOptions(arguments, package.Tool))
                {
                    yield return finding;
                }

                break;
            case PackageManagerFamily.Zypper:
                var addsRepository = arguments.Subcommand?.Value is "ar" or "addrepo";
                foreach (var option in arguments.Options)
                {
                    if (option.Name is "--no-gpg-checks" or "--no-gpgcheck" || (addsRepository && option.Name == "-G"))
                    {
                        yield return new DisabledVerification(option.Word.Span, "zypper " + option.Name, VerificationEffect.Signature);
                    }
                }

                break;
            case PackageManagerFamily.Pip:
                foreach (var finding in Pip(package))
                {
                    yield return finding;
                }

                break;
            case PackageManagerFamily.Npm:
                foreach (var finding in Npm(package))
                {
                    yield return finding;
                }

                break;
        }
    }

    private static IEnumerable<DisabledVerification> RpmOptions(CommandArguments arguments, string tool)
    {
        foreach (var option in arguments.Options)
        {
            if (option.Name == "--nogpgcheck")
            {
                yield return new DisabledVerification(option.Word.Span, $"{tool} --nogpgcheck", VerificationEffect.Signature);
            }
            else if (option.Name == "--setopt" && option.Value is { } value && RpmSetopt.Match(value.Trim()) is { Success: true } match)
            {
                var effect = match.Groups["key"].Value.Equals("sslverify", StringComparison.OrdinalIgnoreCase) ? VerificationEffect.Tls : VerificationEffect.Signature;
                yield return new DisabledVerification(option.Span, $"{tool} --setopt={value}", effect);
            }
        }
    }

    private static IEnumerable<DisabledVerification> Pip(PackageCommand package)
    {
        foreach (var option in package.Arguments.FindOptions("--trusted-host"))
        {
            yield return new DisabledVerification(option.Span, "pip --trusted-host", VerificationEffect.PipTrustedHost);
        }

        // pip config set global.trusted-host example.com
        var positionals = package.Arguments.Positionals;
        if (positionals.Count >= 4 && positionals[0].Value == "config" && positionals[1].Value == "set"
            && positionals[2].Value.EndsWith("trusted-host", StringComparison.Ordinal))
        {
            yield return new DisabledVerification(Union(positionals[2], positionals[3]), $"pip config set {positionals[2].Value}", VerificationEffect.PipTrustedHost);
        }
    }

    /// <summary><c>npm config set strict-ssl false</c>, <c>npm set strict-ssl=false</c>, <c>yarn config set enableStrictSsl false</c>, <c>--strict-ssl=false</c>.</summary>
    private static IEnumerable<DisabledVerification> Npm(PackageCommand package)
    {
        foreach (var option in package.Arguments.Options)
        {
            if ((option.Name == "--strict-ssl" && option.Value is { } value && VerificationVariables.IsFalse(value)) || option.Name == "--no-strict-ssl")
            {
                yield return new DisabledVerification(option.Word.Span, $"{package.Tool} {option}", VerificationEffect.NpmTls);
            }
        }

        var positionals = package.Arguments.Positionals;
        var keyIndex = positionals.Count >= 2 && positionals[0].Value is "config" or "c" && positionals[1].Value == "set" ? 2
            : positionals.Count >= 1 && positionals[0].Value == "set" ? 1
            : -1;
        if (keyIndex < 0 || keyIndex >= positionals.Count)
        {
            yield break;
        }

        var key = positionals[keyIndex];
        var equals = key.Value.IndexOf('=');
        var name = equals > 0 ? key.Value.Substring(0, equals) : key.Value;
        var valueWord = equals > 0 ? key : keyIndex + 1 < positionals.Count ? positionals[keyIndex + 1] : null;
        var setting = equals > 0 ? key.Value.Substring(equals + 1) : valueWord?.Value;
        if (name is "strict-ssl" or "enableStrictSsl" && setting is not null && valueWord is not null && VerificationVariables.IsFalse(setting.Trim()))
        {
            var subject = string.Join(" ", Values(positionals, 0, equals > 0 ? keyIndex + 1 : keyIndex + 2));
            yield return new DisabledVerification(Union(key, valueWord), $"{package.Tool} {subject}", VerificationEffect.NpmTls);
        }
    }

    /// <summary><c>git -c http.sslVerify=false clone ...</c> and <c>git config --global http.sslVerify false</c>.</summary>
    private static IEnumerable<DisabledVerification> Git(CommandInvocation invocation)
    {
        var arguments = invocation.ParseArguments("-c", "--config", "-C", "--git-dir", "--work-tree", "--namespace", "-f", "--file", "--blob", "--type", "--default");
        foreach (var option in arguments.FindOptions("-c", "--config"))
        {
            if (option is { Value: { } setting, ValueWord: { } word } && setting.IndexOf('=') is var equals and > 0
                && GitSslVerify.IsMatch(setting.Substring(0, equals).Trim()) && VerificationVariables.IsFalse(setting.Substring(equals + 1).Trim()))
            {
                yield return new DisabledVerification(word.Span, "git -c " + setting, VerificationEffect.GitTls);
            }
        }

        var positionals = arguments.Positionals;
        if (positionals.Count == 0 || positionals[0].Value != "config")
        {
            yield break;
        }

        var keyIndex = positionals.Count > 1 && positionals[1].Value == "set" ? 2 : 1;
        if (keyIndex + 1 < positionals.Count && GitSslVerify.IsMatch(positionals[keyIndex].Value)
            && VerificationVariables.IsFalse(positionals[keyIndex + 1].Value.Trim()))
        {
            yield return new DisabledVerification(
                Union(positionals[keyIndex], positionals[keyIndex + 1]),
                $"git config {positionals[keyIndex].Value} {positionals[keyIndex + 1].Value}",
                VerificationEffect.GitTls);
        }
    }

    private static SourceSpan Union(ShellWord first, ShellWord last) =>
        ReferenceEquals(first, last) ? first.Span : first.Span.Union(last.Span);

    private static IEnumerable<string> Values(IReadOnlyList<ShellWord> words, int from, int to)
    {
        for (var i = from; i < to && i < words.Count; i++)
        {
            yield return words[i].Value;
        }
    }
}
