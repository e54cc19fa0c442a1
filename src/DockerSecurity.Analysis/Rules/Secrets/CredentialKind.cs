namespace DockerSecurity.Analysis.Rules.Secrets;

/// <summary>What a hard-coded credential was recognised as.</summary>
internal enum CredentialKind
{
    /// <summary>The password of <c>scheme://user:password@host</c>.</summary>
    UrlPassword,

    /// <summary><c>Password=</c> or <c>Pwd=</c> in a <c>;</c>-separated connection string.</summary>
    ConnectionStringPassword,

    /// <summary><c>_authToken=</c>, <c>_auth=</c> or <c>_password=</c> of an npm configuration.</summary>
    NpmConfigCredential,

    /// <summary>A password or token given to a command (<c>--password=x</c>, <c>mysql -px</c>, <c>curl -u user:x</c>).</summary>
    CommandArgument,

    /// <summary>A secret-like shell variable assigned a literal (<c>PGPASSWORD=x psql</c>).</summary>
    ShellAssignment,

    PrivateKey,
    AwsAccessKeyId,
    GitHubToken,
    GitLabToken,
    SlackToken,
    SlackWebhook,
    StripeSecretKey,
    GoogleApiKey,
    NpmToken,
    AzureStorageKey,
    SendGridKey,
    OpenAiKey,
    AnthropicKey,
    DockerHubToken,
    PyPiToken,
    HuggingFaceToken,
    DigitalOceanToken,
}
