using DockerSecurity.Analysis.Rules.Secrets;

namespace DockerSecurity.Analysis.Tests.Rules.Secrets;

public class SecretFileNamesTests
{
    [TestCase(".env", "DotEnv")]
    [TestCase("config/.env.staging", "DotEnv")]
    [TestCase("db.env", "DotEnv")]
    [TestCase("id_rsa", "PrivateKey")]
    [TestCase("keys/id_ecdsa_deploy", "PrivateKey")]
    [TestCase("tls.KEY", "PrivateKey")]
    [TestCase("AuthKey_ABC123.p8", "PrivateKey")]
    [TestCase("putty.ppk", "PrivateKey")]
    [TestCase("cert-key.pem", "PrivateKey")]
    [TestCase("app.p12", "KeyStore")]
    [TestCase("release.keystore", "KeyStore")]
    [TestCase("vault.kdbx", "KeyStore")]
    [TestCase("_netrc", "Credentials")]
    [TestCase(".pgpass", "Credentials")]
    [TestCase("home/.docker/config.json", "Credentials")]
    [TestCase("secrets.yaml", "Credentials")]
    [TestCase(".kube/", "CredentialFolder")]
    [TestCase("*.key", "PrivateKey")]
    [TestCase("*.p12", "KeyStore")]
    [TestCase(".env.*", "DotEnv")]
    public void Secret_names(string source, string kind) =>
        Assert.That(SecretFileNames.Classify(source)?.ToString(), Is.EqualTo(kind));

    [TestCase(".env.example")]
    [TestCase(".env.production.sample")]
    [TestCase("example.env.template")]
    [TestCase("id_rsa.pub")]
    [TestCase("ca.crt")]
    [TestCase("chain.pem")]
    [TestCase("public.key")]
    [TestCase("nodesource.gpg.key")]
    [TestCase("config.json")]
    [TestCase("credentials")]
    [TestCase("environment.ts")]
    [TestCase(".")]
    [TestCase("*")]
    [TestCase("*.*")]
    [TestCase("*.crt")]
    [TestCase("src/**")]
    [TestCase("[")]
    public void Not_secret_names(string source) => Assert.That(SecretFileNames.Classify(source), Is.Null);
}
