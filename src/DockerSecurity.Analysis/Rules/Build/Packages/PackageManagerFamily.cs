namespace DockerSecurity.Analysis.Rules.Build.Packages;

/// <summary>Package managers that share a command syntax and a cache location.</summary>
internal enum PackageManagerFamily
{
    /// <summary><c>apt-get</c>, <c>apt</c> (Debian, Ubuntu).</summary>
    Apt,

    /// <summary><c>apk</c> (Alpine).</summary>
    Apk,

    /// <summary><c>yum</c>, <c>dnf</c>, <c>microdnf</c>, <c>tdnf</c> (RHEL, Fedora, Azure Linux).</summary>
    Rpm,

    /// <summary><c>zypper</c> (SUSE).</summary>
    Zypper,

    /// <summary><c>pip</c>, <c>pip3</c>, <c>python -m pip</c>.</summary>
    Pip,

    /// <summary><c>npm</c>, <c>yarn</c>, <c>pnpm</c>.</summary>
    Npm,

    /// <summary><c>gem</c> (Ruby).</summary>
    Gem,
}

/// <summary>What a package manager command does to the image.</summary>
internal enum PackageAction
{
    Other,

    /// <summary><c>apt-get install</c>, <c>apk add</c>, <c>pip install</c>, <c>npm ci</c>, ...</summary>
    Install,

    /// <summary><c>apt-get purge</c>, <c>apk del</c>, <c>dnf remove</c>, ...</summary>
    Remove,

    /// <summary>Refreshes the package index: <c>apt-get update</c>, <c>apk update</c>, <c>dnf makecache</c>, <c>zypper refresh</c>.</summary>
    UpdateIndex,

    /// <summary>Upgrades what is installed: <c>apt-get upgrade</c>, <c>apk upgrade</c>, <c>yum update</c>.</summary>
    Upgrade,

    /// <summary>Clears the manager's cache: <c>apt-get clean</c>, <c>dnf clean all</c>, <c>zypper clean</c>.</summary>
    Clean,
}

/// <summary>What a package argument names.</summary>
internal enum PackageArgumentKind
{
    /// <summary>A package from the repository, perhaps with a version: <c>curl</c>, <c>curl=7.88.1-10</c>.</summary>
    Repository,

    /// <summary>A local file, folder or URL: <c>./app.deb</c>, <c>.</c>, <c>git+https://...</c>.</summary>
    Local,

    /// <summary>A group or pattern rather than one package: <c>@development-tools</c>, <c>~n^lib</c>.</summary>
    Group,

    /// <summary>A word whose value is only known at run time: <c>$PACKAGES</c>.</summary>
    Unknown,
}
