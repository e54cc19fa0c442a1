using DockerSecurity.Analysis.Reporting;

namespace DockerSecurity.Analysis.Rules.Secrets;

/// <summary>
/// A credential found in a text: where the secret itself is (<see cref="Start"/>,
/// <see cref="Length"/>), what it is, and how many leading characters are a public format
/// marker (<c>ghp_</c>) that may be shown.
/// </summary>
internal readonly record struct CredentialMatch(int Start, int Length, CredentialKind Kind, int VisiblePrefix = 0)
{
    public int End => Start + Length;

    /// <summary>
    /// The secret as it may be printed: the format marker and a mask (<c>ghp_*****</c>), the BEGIN line
    /// of a private key, or <see cref="Redaction.Redact"/>'s form (<c>hu*****</c>).
    /// </summary>
    public string Redacted(string text)
    {
        var secret = text.Substring(Start, Length);
        if (Kind == CredentialKind.PrivateKey)
        {
            // The BEGIN line is the same for every key of its type; the material after it is the secret.
            return secret;
        }

        return VisiblePrefix > 0 ? Redaction.RedactToken(secret, VisiblePrefix) : Redaction.Redact(secret);
    }

    /// <summary>How a message names the credential: "password", "GitHub token".</summary>
    public string Description => Kind switch
    {
        CredentialKind.UrlPassword => "password",
        CredentialKind.ConnectionStringPassword => "password",
        CredentialKind.NpmConfigCredential => "npm registry credential",
        CredentialKind.CommandArgument => "password",
        CredentialKind.ShellAssignment => "secret",
        CredentialKind.PrivateKey => "private key",
        CredentialKind.AwsAccessKeyId => "AWS access key ID",
        CredentialKind.GitHubToken => "GitHub token",
        CredentialKind.GitLabToken => "GitLab token",
        CredentialKind.SlackToken => "Slack token",
        CredentialKind.SlackWebhook => "Slack webhook URL",
        CredentialKind.StripeSecretKey => "Stripe secret key",
        CredentialKind.GoogleApiKey => "Google API key",
        CredentialKind.NpmToken => "npm token",
        CredentialKind.AzureStorageKey => "Azure account key",
        CredentialKind.SendGridKey => "SendGrid API key",
        CredentialKind.OpenAiKey => "OpenAI API key",
        CredentialKind.AnthropicKey => "Anthropic API key",
        CredentialKind.DockerHubToken => "Docker Hub access token",
        CredentialKind.PyPiToken => "PyPI token",
        CredentialKind.HuggingFaceToken => "Hugging Face token",
        CredentialKind.DigitalOceanToken => "DigitalOcean token",
        _ => "credential",
    };

    /// <summary>A token in a known format (as opposed to a password recognised by where it is written).</summary>
    public bool IsKnownFormat => Kind >= CredentialKind.PrivateKey;
}
