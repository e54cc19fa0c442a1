using System;
using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Rules.Secrets;

/// <summary>
/// Which file names are secrets: dotenv files, private keys, key stores, credential files and
/// folders. A wildcard counts when it can match one of them but none of the ordinary files of a
/// project (<c>*.pem</c> does, <c>*</c> and <c>*.json</c> do not).
/// </summary>
internal static class SecretFileNames
{
    private static readonly HashSet<string> ExampleSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "example", "sample", "template", "dist", "defaults", "schema", "tmpl", "tpl",
    };

    private static readonly string[] SshKeyPrefixes = { "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519" };

    private static readonly HashSet<string> PrivateKeyExtensions = new(StringComparer.OrdinalIgnoreCase) { ".pem", ".key", ".ppk", ".p8" };

    private static readonly HashSet<string> KeyStoreExtensions = new(StringComparer.OrdinalIgnoreCase) { ".pfx", ".p12", ".jks", ".keystore", ".kdbx" };

    private static readonly HashSet<string> CredentialFiles = new(StringComparer.OrdinalIgnoreCase)
    {
        ".npmrc", ".pypirc", ".netrc", "_netrc", ".git-credentials", "credentials.json", ".pgpass", ".htpasswd",
        ".my.cnf", ".dockercfg", ".vault-token", ".s3cfg", "secrets.json", "secrets.yml", "secrets.yaml",
    };

    /// <summary>Folders that hold keys or tokens of a tool (<c>COPY .ssh /root/.ssh</c>).</summary>
    private static readonly HashSet<string> CredentialFolders = new(StringComparer.OrdinalIgnoreCase) { ".ssh", ".aws", ".gnupg", ".docker", ".kube" };

    /// <summary>Name parts that make a <c>.pem</c> or <c>.key</c> a public certificate or key rather than a private key.</summary>
    private static readonly HashSet<string> PublicParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "cert", "certs", "certificate", "certificates", "crt", "chain", "fullchain", "ca", "cacert", "cacerts",
        "bundle", "root", "intermediate", "trust", "truststore", "public", "pub", "pubkey", "gpg", "pgp", "asc",
    };

    private static readonly HashSet<string> PrivateParts = new(StringComparer.OrdinalIgnoreCase) { "key", "priv", "private", "privkey", "secret" };

    /// <summary>Names a wildcard is tried against: it is a secret pattern if it matches one of these...</summary>
    private static readonly string[] SecretSamples =
    {
        ".env", ".env.production", ".env.local", "app.env", "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519",
        "server.key", "tls.key", "privkey.pem", "server.pem", "key.ppk", "AuthKey.p8", "client.pfx", "client.p12",
        "keystore.jks", "release.keystore", ".npmrc", ".pypirc", ".netrc", ".git-credentials", "credentials.json",
        ".pgpass", ".htpasswd", "secrets.json", "secrets.yml",
    };

    /// <summary>...and none of these.</summary>
    private static readonly string[] OrdinarySamples =
    {
        "app.py", "main.go", "index.js", "app.ts", "Program.cs", "App.java", "main.rs", "app.rb", "index.php", "script.sh",
        "README.md", "package.json", "package-lock.json", "requirements.txt", "go.mod", "Gemfile", "pom.xml", "app.csproj",
        "Dockerfile", "config.yaml", "config.yml", "settings.toml", "nginx.conf", "setup.cfg", "index.html", "style.css",
        "logo.png", "data.csv", "app.jar", "app.dll", "src", "bin", "lib", "dist", "public",
    };

    /// <summary>What the COPY/ADD source <paramref name="source"/> is, or null when it is not a secret by its name.</summary>
    public static SecretFileKind? Classify(string source)
    {
        var segments = source.Replace('\\', '/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        var name = segments.Length > 0 ? segments[segments.Length - 1] : "";
        var parent = segments.Length > 1 ? segments[segments.Length - 2] : "";
        if (name.Length == 0 || name == "." || name == "..")
        {
            return null;
        }

        if (name.IndexOfAny(new[] { '*', '?', '[' }) >= 0)
        {
            return ClassifyWildcard(name);
        }

        return ClassifyName(name, parent);
    }

    /// <summary>How a message names the kind: "secret file", "private key".</summary>
    public static string Describe(SecretFileKind kind) => kind switch
    {
        SecretFileKind.DotEnv => "environment file",
        SecretFileKind.PrivateKey => "private key",
        SecretFileKind.KeyStore => "key store",
        SecretFileKind.CredentialFolder => "credentials folder",
        _ => "credentials file",
    };

    private static SecretFileKind? ClassifyName(string name, string parent)
    {
        if (IsDotEnv(name))
        {
            return SecretFileKind.DotEnv;
        }

        if (CredentialFiles.Contains(name)
            || (parent.Equals(".aws", StringComparison.OrdinalIgnoreCase) && name.Equals("credentials", StringComparison.OrdinalIgnoreCase))
            || (parent.Equals(".docker", StringComparison.OrdinalIgnoreCase) && name.Equals("config.json", StringComparison.OrdinalIgnoreCase)))
        {
            return SecretFileKind.Credentials;
        }

        if (CredentialFolders.Contains(name))
        {
            return SecretFileKind.CredentialFolder;
        }

        if (SshKeyPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)) && !name.EndsWith(".pub", StringComparison.OrdinalIgnoreCase))
        {
            return SecretFileKind.PrivateKey;
        }

        var dot = name.LastIndexOf('.');
        var extension = dot > 0 ? name.Substring(dot) : "";
        if (KeyStoreExtensions.Contains(extension))
        {
            return SecretFileKind.KeyStore;
        }

        if (PrivateKeyExtensions.Contains(extension) && !LooksPublic(name.Substring(0, dot)))
        {
            return SecretFileKind.PrivateKey;
        }

        return null;
    }

    /// <summary><c>.env</c>, <c>.env.production</c>, <c>prod.env</c>; not <c>.env.example</c> and other templates.</summary>
    private static bool IsDotEnv(string name)
    {
        if (name.Equals(".env", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase))
        {
            return !name.Substring(5).Split('.').Any(ExampleSuffixes.Contains);
        }

        return name.Length > 4 && name.EndsWith(".env", StringComparison.OrdinalIgnoreCase)
            && !name.Substring(0, name.Length - 4).Split('.').Any(ExampleSuffixes.Contains);
    }

    /// <summary>A certificate or public key saved as <c>.pem</c>/<c>.key</c>: <c>fullchain.pem</c>, <c>ca-bundle.pem</c>, <c>repo.gpg.key</c>; not <c>cert-key.pem</c>.</summary>
    private static bool LooksPublic(string stem)
    {
        var parts = stem.Split(new[] { '.', '-', '_', ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return parts.Any(PublicParts.Contains) && !parts.Any(PrivateParts.Contains);
    }

    private static SecretFileKind? ClassifyWildcard(string pattern)
    {
        if (Wildmatch.Compile(pattern) is not { } matcher || OrdinarySamples.Any(s => matcher.IsMatch(s)))
        {
            return null;
        }

        foreach (var sample in SecretSamples)
        {
            if (matcher.IsMatch(sample))
            {
                return ClassifyName(sample, "");
            }
        }

        return null;
    }
}

/// <summary>The kinds of secret files.</summary>
internal enum SecretFileKind
{
    DotEnv,
    PrivateKey,
    KeyStore,
    Credentials,
    CredentialFolder,
}
