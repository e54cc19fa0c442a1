using DockerSecurity.Analysis.Rules.Secrets;

namespace DockerSecurity.Analysis.Tests.Rules.Secrets;

public class SecretNamesTests
{
    [TestCase("PASSWORD")]
    [TestCase("DB_PASSWORD")]
    [TestCase("db.password")]
    [TestCase("POSTGRESPASSWORD")]
    [TestCase("HTPASSWD")]
    [TestCase("GPG_PASSPHRASE")]
    [TestCase("JWT_SECRET")]
    [TestCase("SECRET_KEY_BASE")]
    [TestCase("AWS_SECRET_ACCESS_KEY")]
    [TestCase("AWS_SESSION_TOKEN")]
    [TestCase("NPM_TOKEN")]
    [TestCase("NODE_AUTH_TOKEN")]
    [TestCase("api-key")]
    [TestCase("STRIPE_APIKEY")]
    [TestCase("PRIVATE_KEY")]
    [TestCase("SSH_PRIVATE_KEY")]
    [TestCase("S3_ACCESS_KEY")]
    [TestCase("ENCRYPTION_KEY")]
    [TestCase("AZURE_STORAGE_ACCOUNT_KEY")]
    [TestCase("DB_CREDENTIALS")]
    [TestCase("MYSQL_PWD")]
    [TestCase("http-password")]
    public void Secret_like(string name) => Assert.That(SecretNames.IsSecretLike(name), Is.True);

    [TestCase("")]
    [TestCase("PWD")]
    [TestCase("OLDPWD")]
    [TestCase("PATH")]
    [TestCase("DATABASE_URL")]
    [TestCase("CONNECTION_STRING")]
    [TestCase("DB_PASSWORD_FILE")]
    [TestCase("password-stdin")]
    [TestCase("TOKEN_URL")]
    [TestCase("SECRET_NAME")]
    [TestCase("AWS_ACCESS_KEY_ID")]
    [TestCase("SECRETS_DIR")]
    [TestCase("TOKEN_TTL")]
    [TestCase("PASSWORD_MIN_LENGTH")]
    [TestCase("AUTH_TOKEN_HEADER")]
    [TestCase("MAX_TOKENS")]
    [TestCase("TOKENIZERS_PARALLELISM")]
    [TestCase("CACHE_KEY")]
    [TestCase("KEY")]
    [TestCase("PUBLIC_KEY")]
    [TestCase("STRIPE_PUBLISHABLE_KEY")]
    [TestCase("NEXT_PUBLIC_API_KEY")]
    [TestCase("GOOGLE_APPLICATION_CREDENTIALS")]
    [TestCase("KEYCLOAK_ADMIN")]
    public void Not_secret_like(string name) => Assert.That(SecretNames.IsSecretLike(name), Is.False);

    [TestCase("/run/secrets/db", true)]
    [TestCase("/run/secrets/", false)]
    [TestCase("/run/secrets", false)]
    [TestCase("/etc/secrets/db", false)]
    public void Secret_mount_paths(string value, bool expected) => Assert.That(SecretNames.IsSecretMountPath(value), Is.EqualTo(expected));
}
