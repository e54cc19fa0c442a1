using System.Linq;
using DockerSecurity.Analysis.Rules.Build.Packages;
using DockerSecurity.Analysis.Tests.Shell;

namespace DockerSecurity.Analysis.Tests.Rules.Build;

/// <summary>The package manager command model that DKS1006 and DKS3001-DKS3004 share.</summary>
public class PackageCommandsTests
{
    [TestCase("apt-get install -y curl", "Apt", "apt-get", "install", "Install")]
    [TestCase("sudo -E DEBIAN_FRONTEND=noninteractive /usr/bin/apt -qq install curl", "Apt", "apt", "install", "Install")]
    [TestCase("apt-get -o Dpkg::Options::=--force-confnew purge -y x", "Apt", "apt-get", "purge", "Remove")]
    [TestCase("apt-get update", "Apt", "apt-get", "update", "UpdateIndex")]
    [TestCase("apt-get dist-upgrade -y", "Apt", "apt-get", "dist-upgrade", "Upgrade")]
    [TestCase("apk --no-cache add curl", "Apk", "apk", "add", "Install")]
    [TestCase("apk cache clean", "Apk", "apk", "cache", "Clean")]
    [TestCase("apk del .build-deps", "Apk", "apk", "del", "Remove")]
    [TestCase("dnf -y --setopt=install_weak_deps=False install nginx", "Rpm", "dnf", "install", "Install")]
    [TestCase("yum group install -y 'Development Tools'", "Rpm", "yum", "install", "Install")]
    [TestCase("microdnf clean all", "Rpm", "microdnf", "clean", "Clean")]
    [TestCase("dnf makecache", "Rpm", "dnf", "makecache", "UpdateIndex")]
    [TestCase("zypper --non-interactive in -y curl", "Zypper", "zypper", "in", "Install")]
    [TestCase("pip3.12 install --user x", "Pip", "pip3.12", "install", "Install")]
    [TestCase("python3 -m pip install --no-cache-dir x", "Pip", "pip", "install", "Install")]
    [TestCase("pip uninstall -y x", "Pip", "pip", "uninstall", "Remove")]
    [TestCase("npm ci --omit=dev", "Npm", "npm", "ci", "Install")]
    [TestCase("yarn global add pm2", "Npm", "yarn", "add", "Install")]
    [TestCase("pnpm add -g pm2", "Npm", "pnpm", "add", "Install")]
    [TestCase("npm config set strict-ssl false", "Npm", "npm", "config", "Other")]
    [TestCase("gem install bundler", "Gem", "gem", "install", "Install")]
    public void Manager_and_action(string script, string family, string tool, string action, string kind)
    {
        var command = PackageCommands.Read(ShellSource.Parse(script).AllCommands[0])!;
        Assert.Multiple(() =>
        {
            Assert.That(command.Family.ToString(), Is.EqualTo(family));
            Assert.That(command.Tool, Is.EqualTo(tool));
            Assert.That(command.ActionWord?.Value, Is.EqualTo(action));
            Assert.That(command.Action.ToString(), Is.EqualTo(kind));
        });
    }

    [TestCase("curl -fsSL https://x")]
    [TestCase("echo apt-get install curl")]
    [TestCase("$APT install curl")]
    [TestCase("python3 -m venv /opt/venv")]
    [TestCase("apt-cache policy curl")]
    public void Other_commands_are_not_package_commands(string script) =>
        Assert.That(PackageCommands.Read(ShellSource.Parse(script).AllCommands[0]), Is.Null);

    [TestCase("apt-get install -y curl", "curl", null, true, false)]
    [TestCase("apt-get install -y curl=7.88.1-10", "curl", "7.88.1-10", true, true)]
    [TestCase("apt-get install -y libssl-dev:arm64=3.0.15-1", "libssl-dev", "3.0.15-1", true, true)]
    [TestCase("apt-get install -y -t bookworm-backports git/bookworm-backports", "git", null, true, false)]
    [TestCase("apt-get install -y ./tool.deb", "./tool.deb", null, false, true)]
    [TestCase("apt-get install -y 'php8.2-*'", "'php8.2-*'", null, false, false)]
    [TestCase("apt-get install -y curl=$CURL_VERSION", "curl", "$CURL_VERSION", true, true)]
    [TestCase("apt-get install -y ${PACKAGE}=1.0", "${PACKAGE}=1.0", null, false, false)]
    [TestCase("apk add gcc=13.2.1-r0", "gcc", "13.2.1-r0", true, true)]
    [TestCase("apk add python3~3.12", "python3", "3.12", true, false)]
    [TestCase("apk add foo@testing", "foo", null, true, false)]
    [TestCase("dnf install -y nginx-1:1.20.1-1.el9.x86_64", "nginx", "1:1.20.1-1.el9.x86_64", true, true)]
    [TestCase("dnf install -y java-17-openjdk-devel", "java-17-openjdk-devel", null, true, false)]
    [TestCase("dnf install -y @development", "@development", null, false, false)]
    [TestCase("zypper in -y curl=8.6.0", "curl", "8.6.0", true, true)]
    [TestCase("pip install 'Django[argon2]==5.1.4; python_version >= \"3.10\"'", "Django", "5.1.4", true, true)]
    [TestCase("pip install 'flask>=3'", "flask", "3", true, false)]
    [TestCase("pip install 'flask==3.*'", "flask", "3.*", true, false)]
    [TestCase("pip install 'pkg @ https://example.com/pkg.zip'", "'pkg @ https://example.com/pkg.zip'", null, false, true)]
    [TestCase("npm install -g @scope/tool@1.2.3", "@scope/tool", "1.2.3", true, true)]
    [TestCase("npm install -g tool@1.2", "tool", "1.2", true, false)]
    [TestCase("npm install -g github:org/repo", "github:org/repo", null, false, true)]
    [TestCase("gem install rails:8.0.1", "rails", "8.0.1", true, true)]
    [TestCase("gem install rails -v 8.0.1", "rails", "8.0.1", true, true)]
    public void Packages(string script, string name, string? version, bool fromRepository, bool pinned)
    {
        var package = PackageCommands.Read(ShellSource.Parse(script).AllCommands[0])!.Packages.Single();
        Assert.Multiple(() =>
        {
            Assert.That(package.Kind == PackageArgumentKind.Repository, Is.EqualTo(fromRepository), package.Kind.ToString());
            Assert.That(fromRepository ? package.Name : package.Word.Text, Is.EqualTo(name));
            Assert.That(package.Version, Is.EqualTo(version));
            Assert.That(package.IsPinned, Is.EqualTo(pinned));
        });
    }

    [Test]
    public void Apk_virtual_package_and_options_with_values_are_not_packages()
    {
        var command = PackageCommands.Read(ShellSource.Parse("apk add --no-cache -X https://mirror/edge --virtual .build-deps gcc musl-dev").AllCommands[0])!;
        Assert.Multiple(() =>
        {
            Assert.That(command.VirtualPackage, Is.EqualTo(".build-deps"));
            Assert.That(command.Packages.Select(p => p.Name), Is.EqualTo(new[] { "gcc", "musl-dev" }));
            Assert.That(command.HasOption("--no-cache"), Is.True);
            Assert.That(command.Display, Is.EqualTo("apk add"));
        });
    }

    [Test]
    public void Script_commands_in_execution_order_with_nested_ones()
    {
        var script = ShellSource.Parse("apt-get update && sh -c 'apt-get install -y curl' && (apk add x) && echo $(pip install y) && rm -rf /var/lib/apt/lists/*");
        var commands = PackageCommands.Of(script);
        Assert.Multiple(() =>
        {
            Assert.That(commands.Commands.Select(c => c.Display), Is.EqualTo(new[] { "apt-get update", "apt-get install", "apk add", "pip install" }));
            Assert.That(PackageCommands.Of(script), Is.SameAs(commands), "read once per script");
            Assert.That(commands.RunsAfter(commands.Commands[1].Command, commands.Commands[0].Command), Is.True);
            Assert.That(commands.Find(commands.Commands[2].Command), Is.SameAs(commands.Commands[2]));
        });
    }
}
