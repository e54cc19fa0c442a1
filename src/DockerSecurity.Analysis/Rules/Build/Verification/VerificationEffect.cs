namespace DockerSecurity.Analysis.Rules.Build.Verification;

/// <summary>Which check a setting turns off, which says what it exposes and how to do without it.</summary>
internal enum VerificationEffect
{
    /// <summary>TLS certificate checks of a download tool (curl, wget) or package manager transport.</summary>
    Tls,

    NodeTls,

    PythonTls,

    GitTls,

    NpmTls,

    PipTrustedHost,

    /// <summary>Package or repository signature checks (apt, apk, rpm, yum/dnf, zypper).</summary>
    Signature,
}

/// <summary>A place in a Dockerfile or compose file that turns verification off.</summary>
internal sealed record DisabledVerification(Text.SourceSpan Span, string Subject, VerificationEffect Effect)
{
    /// <summary>The finding's message; <paramref name="service"/> names the compose service it applies to.</summary>
    public string Message(string? service = null)
    {
        var (effect, fix) = Effect switch
        {
            VerificationEffect.NodeTls => ("turns off TLS certificate verification for every Node.js connection", "trust the needed CA with NODE_EXTRA_CA_CERTS instead"),
            VerificationEffect.PythonTls => ("turns off certificate verification of Python's HTTPS connections", "trust the needed CA instead (SSL_CERT_FILE, REQUESTS_CA_BUNDLE)"),
            VerificationEffect.GitTls => ("turns off TLS certificate verification for git", "trust the needed CA with http.sslCAInfo instead"),
            VerificationEffect.NpmTls => ("turns off TLS certificate verification for the package registry", "trust the needed CA with the cafile setting (NPM_CONFIG_CAFILE) instead"),
            VerificationEffect.PipTrustedHost => ("lets pip download from that host without a valid TLS certificate", "trust the needed CA with --cert (PIP_CERT) instead"),
            VerificationEffect.Signature => ("turns off package signature verification, so a tampered or substituted package installs without complaint", "remove it and import the repository's signing key instead"),
            _ => ("turns off TLS certificate verification, so anyone on the network path can replace what is downloaded", "remove it and trust the needed CA certificate instead (update-ca-certificates)"),
        };
        return service is null ? $"'{Subject}' {effect}; {fix}" : $"'{Subject}' in service '{service}' {effect}; {fix}";
    }
}
