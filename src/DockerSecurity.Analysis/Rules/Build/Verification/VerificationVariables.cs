using System;

namespace DockerSecurity.Analysis.Rules.Build.Verification;

/// <summary>
/// Environment variables that turn verification off, with the values that do it. <c>CURL_INSECURE</c>
/// is not among them: curl reads no such variable.
/// </summary>
internal static class VerificationVariables
{
    /// <summary>What setting <paramref name="name"/> to <paramref name="value"/> turns off; null when it is safe.</summary>
    public static VerificationEffect? Check(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var text = value!.Trim();
        switch (name)
        {
            case "GIT_SSL_NO_VERIFY":
                // git turns verification off when the variable is set at all, whatever its value.
                return VerificationEffect.GitTls;
            case "NODE_TLS_REJECT_UNAUTHORIZED" when text == "0":
                return VerificationEffect.NodeTls;
            case "PYTHONHTTPSVERIFY" when text == "0":
                return VerificationEffect.PythonTls;
            case "PIP_TRUSTED_HOST":
                return VerificationEffect.PipTrustedHost;
            case "YARN_ENABLE_STRICT_SSL" when IsFalse(text):
                return VerificationEffect.NpmTls;
        }

        // npm reads its configuration from npm_config_* in any case.
        return string.Equals(name, "NPM_CONFIG_STRICT_SSL", StringComparison.OrdinalIgnoreCase) && string.Equals(text, "false", StringComparison.OrdinalIgnoreCase)
            ? VerificationEffect.NpmTls
            : null;
    }

    public static bool IsFalse(string value) =>
        value.Equals("false", StringComparison.OrdinalIgnoreCase) || value == "0" || value.Equals("no", StringComparison.OrdinalIgnoreCase)
        || value.Equals("off", StringComparison.OrdinalIgnoreCase);
}
