using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Reporting;

namespace DockerSecurity.Analysis.Rules;

/// <summary>
/// Every rule's descriptor, declared once. IDs are a public contract: never renumber, never reuse.
/// The source of truth for titles, categories and default severities is the rule catalog
/// (docs/rules/*.md are checked against it by a test).
/// </summary>
public static class RuleCatalog
{
    /// <summary>Where the rule pages live; every help link is computed here and nowhere else.</summary>
    public const string HelpLinkBase = "https://github.com/dockersecurity/DockerSecurity.Build/blob/main/docs/rules/";

    public static string HelpLinkFor(string id) => HelpLinkBase + id + ".md";

    /// <summary>Not in the standard: a rule crashed. Reported so that a bug of ours is seen, never hidden.</summary>
    public static readonly RuleDescriptor InternalError = new(
        "DKS0000", nameof(InternalError), "Internal error in a rule",
        RuleCategory.Infrastructure, DiagnosticSeverity.Error, RuleTarget.DockerfileAndCompose, Array.Empty<string>());

    public static readonly RuleDescriptor DockerfileParseError = new(
        "DKS0001", nameof(DockerfileParseError), "Dockerfile cannot be parsed (at the offending line/column; analysis of that file stops, the build goes on)",
        RuleCategory.Infrastructure, DiagnosticSeverity.Error, RuleTarget.Dockerfile, Array.Empty<string>());

    public static readonly RuleDescriptor ComposeNotValid = new(
        "DKS0002", nameof(ComposeNotValid), "Compose file is not valid YAML or not a compose document",
        RuleCategory.Infrastructure, DiagnosticSeverity.Error, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor ComposeValueInvalid = new(
        "DKS0003", nameof(ComposeValueInvalid), "Compose value has an invalid shape (bad port/volume/duration string, wrong type, unknown service key, missing `extends`/`include` target, cycle)",
        RuleCategory.Infrastructure, DiagnosticSeverity.Warning, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor FileSkipped = new(
        "DKS0004", nameof(FileSkipped), "File skipped: too large, binary, unreadable, or nesting/alias expansion beyond limits",
        RuleCategory.Infrastructure, DiagnosticSeverity.Warning, RuleTarget.DockerfileAndCompose, Array.Empty<string>());

    public static readonly RuleDescriptor InvalidConfiguration = new(
        "DKS0005", nameof(InvalidConfiguration), "Invalid configuration: bad severity value in .editorconfig/.globalconfig, unknown rule ID in a suppression, malformed MSBuild property or baseline file",
        RuleCategory.Infrastructure, DiagnosticSeverity.Warning, RuleTarget.None, Array.Empty<string>());

    public static readonly RuleDescriptor UnnecessarySuppression = new(
        "DKS0006", nameof(UnnecessarySuppression), "Unnecessary suppression: an inline ignore or baseline entry that suppresses nothing",
        RuleCategory.Infrastructure, DiagnosticSeverity.Suggestion, RuleTarget.DockerfileAndCompose, Array.Empty<string>());

    public static readonly RuleDescriptor ImageTagMissingOrLatest = new(
        "DKS1001", nameof(ImageTagMissingOrLatest), "Image has no tag or uses `latest`",
        RuleCategory.Images, DiagnosticSeverity.Warning, RuleTarget.DockerfileAndCompose, new[] { "DL3006", "DL3007" });

    public static readonly RuleDescriptor ImageTagFloats = new(
        "DKS1002", nameof(ImageTagFloats), "Image tag floats: not a full version (`python:3.11-slim`, `node:lts`, `alpine:3`, `10.0-noble-chiseled`)",
        RuleCategory.Images, DiagnosticSeverity.Warning, RuleTarget.DockerfileAndCompose, Array.Empty<string>());

    public static readonly RuleDescriptor ImageNotPinnedByDigest = new(
        "DKS1003", nameof(ImageNotPinnedByDigest), "Image not pinned by digest (`@sha256:`)",
        RuleCategory.Images, DiagnosticSeverity.Suggestion, RuleTarget.DockerfileAndCompose, Array.Empty<string>());

    public static readonly RuleDescriptor FinalImageNotMinimal = new(
        "DKS1004", nameof(FinalImageNotMinimal), "Final image is not a minimal variant (slim, alpine, distroless, chiseled, `-minimal`, scratch)",
        RuleCategory.Images, DiagnosticSeverity.Suggestion, RuleTarget.DockerfileAndCompose, Array.Empty<string>());

    public static readonly RuleDescriptor UntrustedRegistry = new(
        "DKS1005", nameof(UntrustedRegistry), "Image from a registry outside `DockerSecurityTrustedRegistries` (only when that list is set; wildcards)",
        RuleCategory.Images, DiagnosticSeverity.Warning, RuleTarget.DockerfileAndCompose, new[] { "DL3026" });

    public static readonly RuleDescriptor ToolchainInFinalStage = new(
        "DKS1006", nameof(ToolchainInFinalStage), "Build toolchain in the final stage (compilers, `build-essential`, `*-dev` packages, an SDK image such as `dotnet/sdk`, `golang`, `maven`): use a multi-stage build",
        RuleCategory.Images, DiagnosticSeverity.Warning, RuleTarget.Dockerfile, Array.Empty<string>());

    public static readonly RuleDescriptor FromArgWithoutDefault = new(
        "DKS1007", nameof(FromArgWithoutDefault), "`FROM` depends on an ARG with no default, so the image cannot be checked or reproduced",
        RuleCategory.Images, DiagnosticSeverity.Suggestion, RuleTarget.Dockerfile, Array.Empty<string>());

    public static readonly RuleDescriptor RunsAsRoot = new(
        "DKS2001", nameof(RunsAsRoot), "Container runs as root: final stage has no USER and its base image is not known to default to non-root, or the last USER is root/0; or compose `user: root`/`0`",
        RuleCategory.Privileges, DiagnosticSeverity.Warning, RuleTarget.DockerfileAndCompose, new[] { "DL3002" });

    public static readonly RuleDescriptor UnknownUser = new(
        "DKS2002", nameof(UnknownUser), "USER names a user that the Dockerfile never creates and the base image is not known to have",
        RuleCategory.Privileges, DiagnosticSeverity.Suggestion, RuleTarget.Dockerfile, Array.Empty<string>());

    public static readonly RuleDescriptor SudoInRun = new(
        "DKS2003", nameof(SudoInRun), "`sudo` in RUN",
        RuleCategory.Privileges, DiagnosticSeverity.Warning, RuleTarget.Dockerfile, new[] { "DL3004" });

    public static readonly RuleDescriptor InsecurePermissions = new(
        "DKS2004", nameof(InsecurePermissions), "World-writable permissions or setuid/setgid bits (`chmod 777`, `o+w`, `u+s`, `4755`)",
        RuleCategory.Privileges, DiagnosticSeverity.Warning, RuleTarget.Dockerfile, Array.Empty<string>());

    public static readonly RuleDescriptor PrivilegedContainer = new(
        "DKS2005", nameof(PrivilegedContainer), "`privileged: true`",
        RuleCategory.Privileges, DiagnosticSeverity.Error, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor NoNewPrivilegesMissing = new(
        "DKS2006", nameof(NoNewPrivilegesMissing), "`no-new-privileges` not set in `security_opt` (accept `no-new-privileges`, `:true`, `=true`)",
        RuleCategory.Privileges, DiagnosticSeverity.Warning, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor CapabilitiesNotDropped = new(
        "DKS2007", nameof(CapabilitiesNotDropped), "Capabilities not dropped: `cap_drop` lacks `ALL`",
        RuleCategory.Privileges, DiagnosticSeverity.Warning, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor DangerousCapabilityAdded = new(
        "DKS2008", nameof(DangerousCapabilityAdded), "Dangerous capability added (`ALL`, `SYS_ADMIN`, `NET_ADMIN`, `SYS_PTRACE`, `SYS_MODULE`, `DAC_READ_SEARCH`, `SYS_RAWIO`, `BPF`, ...)",
        RuleCategory.Privileges, DiagnosticSeverity.Error, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor CapabilityNotAllowed = new(
        "DKS2009", nameof(CapabilityNotAllowed), "Capability added outside `DockerSecurityAllowedCapabilities` (default `NET_BIND_SERVICE;CHOWN;SETUID;SETGID`)",
        RuleCategory.Privileges, DiagnosticSeverity.Suggestion, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor WritableRootFilesystem = new(
        "DKS2010", nameof(WritableRootFilesystem), "Root filesystem writable: `read_only: true` missing",
        RuleCategory.Privileges, DiagnosticSeverity.Warning, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor TmpfsWithoutNoexecNosuid = new(
        "DKS2011", nameof(TmpfsWithoutNoexecNosuid), "tmpfs mount without `noexec` and `nosuid`",
        RuleCategory.Privileges, DiagnosticSeverity.Suggestion, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor SecurityProfileDisabled = new(
        "DKS2012", nameof(SecurityProfileDisabled), "Security profile disabled: `seccomp:unconfined`, `apparmor:unconfined`, `label:disable`, `systempaths=unconfined`",
        RuleCategory.Privileges, DiagnosticSeverity.Error, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor SecurityProfileMissing = new(
        "DKS2013", nameof(SecurityProfileMissing), "Seccomp/AppArmor profile file referenced but missing or not valid JSON (seccomp)",
        RuleCategory.Privileges, DiagnosticSeverity.Error, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor HostNamespaceShared = new(
        "DKS2014", nameof(HostNamespaceShared), "Host namespace shared: `network_mode: host`, `pid`/`ipc`/`uts`/`userns_mode`/`cgroup: host`",
        RuleCategory.Privileges, DiagnosticSeverity.Error, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor DockerSocketExposed = new(
        "DKS2015", nameof(DockerSocketExposed), "Docker daemon socket exposed (any mount syntax of `docker.sock`, `use_api_socket: true`)",
        RuleCategory.Privileges, DiagnosticSeverity.Error, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor SensitiveHostPathMounted = new(
        "DKS2016", nameof(SensitiveHostPathMounted), "Sensitive host path mounted (`/`, `/etc`, `/proc`, `/sys`, `/boot`, `/dev`, `/root`, `/var/run`, `/var/lib/docker`, `/usr`, `/lib`)",
        RuleCategory.Privileges, DiagnosticSeverity.Warning, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor HostDevicesMapped = new(
        "DKS2017", nameof(HostDevicesMapped), "Host devices mapped (`devices:`)",
        RuleCategory.Privileges, DiagnosticSeverity.Warning, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor SharedMountPropagation = new(
        "DKS2018", nameof(SharedMountPropagation), "Shared mount propagation (`shared`, `rshared`)",
        RuleCategory.Privileges, DiagnosticSeverity.Warning, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor CgroupParentSet = new(
        "DKS2019", nameof(CgroupParentSet), "`cgroup_parent` set",
        RuleCategory.Privileges, DiagnosticSeverity.Suggestion, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor NoCustomSecurityProfile = new(
        "DKS2020", nameof(NoCustomSecurityProfile), "No custom seccomp or AppArmor profile set",
        RuleCategory.Privileges, DiagnosticSeverity.Suggestion, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor AptInstallRecommends = new(
        "DKS3001", nameof(AptInstallRecommends), "`apt-get install` without `--no-install-recommends`",
        RuleCategory.Build, DiagnosticSeverity.Warning, RuleTarget.Dockerfile, new[] { "DL3015" });

    public static readonly RuleDescriptor PackageCacheLeft = new(
        "DKS3002", nameof(PackageCacheLeft), "Package cache left in the layer (apt lists not removed in the same RUN, `apk add` without `--no-cache`, `pip install` without `--no-cache-dir`, yum/dnf/microdnf/zypper without `clean all`)",
        RuleCategory.Build, DiagnosticSeverity.Suggestion, RuleTarget.Dockerfile, new[] { "DL3009", "DL3019", "DL3032", "DL3036", "DL3040", "DL3042", "DL3060" });

    public static readonly RuleDescriptor PackageIndexUpdateAlone = new(
        "DKS3003", nameof(PackageIndexUpdateAlone), "Package index `update` alone in a RUN (stale cache on rebuild)",
        RuleCategory.Build, DiagnosticSeverity.Warning, RuleTarget.Dockerfile, Array.Empty<string>());

    public static readonly RuleDescriptor PackageVersionNotPinned = new(
        "DKS3004", nameof(PackageVersionNotPinned), "Package installed without a pinned version (apt, apk, pip, npm, gem, yum/dnf)",
        RuleCategory.Build, DiagnosticSeverity.Silent, RuleTarget.Dockerfile, new[] { "DL3008", "DL3013", "DL3016", "DL3018", "DL3028", "DL3033", "DL3041" });

    public static readonly RuleDescriptor AddInsteadOfCopy = new(
        "DKS3005", nameof(AddInsteadOfCopy), "ADD where COPY suffices (local files and folders)",
        RuleCategory.Build, DiagnosticSeverity.Warning, RuleTarget.Dockerfile, new[] { "DL3020" });

    public static readonly RuleDescriptor RemoteAddWithoutChecksum = new(
        "DKS3006", nameof(RemoteAddWithoutChecksum), "Remote download without integrity check: `ADD <url>` without `--checksum`",
        RuleCategory.Build, DiagnosticSeverity.Warning, RuleTarget.Dockerfile, Array.Empty<string>());

    public static readonly RuleDescriptor RemoteScriptPipedToShell = new(
        "DKS3007", nameof(RemoteScriptPipedToShell), "Remote script piped into a shell (`curl ... | sh`, `wget -O- | bash`, `bash <(curl ...)`)",
        RuleCategory.Build, DiagnosticSeverity.Warning, RuleTarget.Dockerfile, Array.Empty<string>());

    public static readonly RuleDescriptor TlsVerificationDisabled = new(
        "DKS3008", nameof(TlsVerificationDisabled), "TLS or signature verification disabled (`curl -k`, `wget --no-check-certificate`, pip `--trusted-host`, npm/yarn `strict-ssl false`, `git -c http.sslVerify=false`, `GIT_SSL_NO_VERIFY`, `NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0`, apt `--allow-unauthenticated`/`[trusted=yes]`, `apk --allow-untrusted`, `rpm --nosignature`, `--nogpgcheck`, `gpgcheck=0`) in RUN, ENV or compose `environment`",
        RuleCategory.Build, DiagnosticSeverity.Error, RuleTarget.DockerfileAndCompose, Array.Empty<string>());

    public static readonly RuleDescriptor InsecureRunOption = new(
        "DKS3009", nameof(InsecureRunOption), "Insecure RUN option: `--security=insecure`, `--network=host`",
        RuleCategory.Build, DiagnosticSeverity.Warning, RuleTarget.Dockerfile, Array.Empty<string>());

    public static readonly RuleDescriptor WholeContextCopied = new(
        "DKS3010", nameof(WholeContextCopied), "Whole build context copied (`COPY . .`, `ADD . /app`) without a `.dockerignore` that excludes `.git`, `.env` and key files",
        RuleCategory.Build, DiagnosticSeverity.Warning, RuleTarget.Dockerfile, Array.Empty<string>());

    public static readonly RuleDescriptor PipeWithoutPipefail = new(
        "DKS3011", nameof(PipeWithoutPipefail), "Pipe in a RUN without `set -o pipefail` (a failing download is hidden)",
        RuleCategory.Build, DiagnosticSeverity.Suggestion, RuleTarget.Dockerfile, new[] { "DL4006" });

    public static readonly RuleDescriptor ShellFormCommand = new(
        "DKS3012", nameof(ShellFormCommand), "Shell-form CMD/ENTRYPOINT: PID 1 is a shell and does not forward signals",
        RuleCategory.Build, DiagnosticSeverity.Suggestion, RuleTarget.Dockerfile, new[] { "DL3025" });

    public static readonly RuleDescriptor RepeatedSingletonInstruction = new(
        "DKS3013", nameof(RepeatedSingletonInstruction), "Several CMD, ENTRYPOINT or HEALTHCHECK in one stage: only the last takes effect",
        RuleCategory.Build, DiagnosticSeverity.Warning, RuleTarget.Dockerfile, new[] { "DL3012", "DL4003", "DL4004" });

    public static readonly RuleDescriptor SecretInEnvOrArg = new(
        "DKS4001", nameof(SecretInEnvOrArg), "Secret-like ENV/ARG (`*PASSWORD*`, `*SECRET*`, `*TOKEN*`, `*API_KEY*`, `*PRIVATE_KEY*`, ...): values persist in the image; use `RUN --mount=type=secret`",
        RuleCategory.Secrets, DiagnosticSeverity.Warning, RuleTarget.Dockerfile, new[] { "DL3064" });

    public static readonly RuleDescriptor SecretFileCopied = new(
        "DKS4002", nameof(SecretFileCopied), "Secret file copied into the image (`.env`, `id_rsa*`, `*.pem`, `*.key`, `*.pfx`, `*.p12`, `.npmrc`, `.pypirc`, `.netrc`, `.git-credentials`, `credentials.json`)",
        RuleCategory.Secrets, DiagnosticSeverity.Warning, RuleTarget.Dockerfile, Array.Empty<string>());

    public static readonly RuleDescriptor HardcodedCredential = new(
        "DKS4003", nameof(HardcodedCredential), "Hard-coded credential: URL with `user:password@`, `--password=`/`-p<secret>` arguments, known token formats (`AKIA...`, `ghp_...`, `github_pat_...`, `glpat-...`, `xox[bp]-...`, `sk_live_...`, `-----BEGIN ... PRIVATE KEY-----`) anywhere in a Dockerfile or compose file",
        RuleCategory.Secrets, DiagnosticSeverity.Error, RuleTarget.DockerfileAndCompose, Array.Empty<string>());

    public static readonly RuleDescriptor LiteralSecretInCompose = new(
        "DKS4004", nameof(LiteralSecretInCompose), "Literal secret in compose `environment` (or `build.args`, labels): a secret-like key with a literal value; `${VAR}` and `*_FILE` paths are fine",
        RuleCategory.Secrets, DiagnosticSeverity.Warning, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor SecretInInterpolationDefault = new(
        "DKS4005", nameof(SecretInInterpolationDefault), "Interpolation default supplies a secret: `${JWT_SECRET:-changeme}`",
        RuleCategory.Secrets, DiagnosticSeverity.Warning, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor SecretFileNotIgnored = new(
        "DKS4006", nameof(SecretFileNotIgnored), "`secrets:` `file:` inside the repository that `.gitignore` does not ignore",
        RuleCategory.Secrets, DiagnosticSeverity.Suggestion, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor HealthcheckMissing = new(
        "DKS5001", nameof(HealthcheckMissing), "Final stage has no HEALTHCHECK (reported on the final FROM line)",
        RuleCategory.Health, DiagnosticSeverity.Warning, RuleTarget.Dockerfile, new[] { "DL3057" });

    public static readonly RuleDescriptor HealthcheckDisabled = new(
        "DKS5002", nameof(HealthcheckDisabled), "Health check disabled (`HEALTHCHECK NONE`, `disable: true`, `test: [\"NONE\"]`)",
        RuleCategory.Health, DiagnosticSeverity.Warning, RuleTarget.DockerfileAndCompose, Array.Empty<string>());

    public static readonly RuleDescriptor ServiceHealthcheckMissing = new(
        "DKS5003", nameof(ServiceHealthcheckMissing), "Service has no healthcheck and its image defines none (a `build:` whose Dockerfile has HEALTHCHECK satisfies it)",
        RuleCategory.Health, DiagnosticSeverity.Warning, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor RestartPolicy = new(
        "DKS5004", nameof(RestartPolicy), "Restart policy missing or outside `DockerSecurityAllowedRestartPolicies` (default `unless-stopped;on-failure;always`)",
        RuleCategory.Health, DiagnosticSeverity.Warning, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor HealthcheckTimingImplicit = new(
        "DKS5005", nameof(HealthcheckTimingImplicit), "Health check without explicit interval, timeout and retries",
        RuleCategory.Health, DiagnosticSeverity.Suggestion, RuleTarget.DockerfileAndCompose, Array.Empty<string>());

    public static readonly RuleDescriptor SshExposed = new(
        "DKS6001", nameof(SshExposed), "SSH exposed: `EXPOSE 22`, port 22 published, or an SSH server installed",
        RuleCategory.Network, DiagnosticSeverity.Warning, RuleTarget.DockerfileAndCompose, Array.Empty<string>());

    public static readonly RuleDescriptor PortBoundToAllInterfaces = new(
        "DKS6002", nameof(PortBoundToAllInterfaces), "Published port bound to all interfaces (no host IP)",
        RuleCategory.Network, DiagnosticSeverity.Warning, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor DataStorePublishesPorts = new(
        "DKS6003", nameof(DataStorePublishesPorts), "Internal service (a data store: postgres, mysql, mariadb, mongo, redis, memcached, elasticsearch, rabbitmq, mssql, ...) publishes ports: use `expose`",
        RuleCategory.Network, DiagnosticSeverity.Warning, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor PrivilegedHostPort = new(
        "DKS6004", nameof(PrivilegedHostPort), "Privileged host port (< 1024) published",
        RuleCategory.Network, DiagnosticSeverity.Suggestion, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor DefaultNetwork = new(
        "DKS6005", nameof(DefaultNetwork), "Service on the default network (no `networks:`): no isolation between tiers",
        RuleCategory.Network, DiagnosticSeverity.Suggestion, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor DataStoreSharesPublicNetwork = new(
        "DKS6006", nameof(DataStoreSharesPublicNetwork), "Data store shares a network with a service that publishes ports",
        RuleCategory.Network, DiagnosticSeverity.Warning, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor MemoryLimitMissing = new(
        "DKS7001", nameof(MemoryLimitMissing), "No memory limit (`deploy.resources.limits.memory` or `mem_limit`)",
        RuleCategory.Resources, DiagnosticSeverity.Warning, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor CpuLimitMissing = new(
        "DKS7002", nameof(CpuLimitMissing), "No CPU limit (`deploy.resources.limits.cpus` or `cpus`)",
        RuleCategory.Resources, DiagnosticSeverity.Warning, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor ResourceReservationsMissing = new(
        "DKS7003", nameof(ResourceReservationsMissing), "No resource reservations",
        RuleCategory.Resources, DiagnosticSeverity.Suggestion, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor PidsLimitMissing = new(
        "DKS7004", nameof(PidsLimitMissing), "No PIDs limit (`pids_limit`, `limits.pids`)",
        RuleCategory.Resources, DiagnosticSeverity.Suggestion, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor UlimitsMissing = new(
        "DKS7005", nameof(UlimitsMissing), "No `ulimits` for `nproc` and `nofile`",
        RuleCategory.Resources, DiagnosticSeverity.Suggestion, RuleTarget.Compose, Array.Empty<string>());

    public static readonly RuleDescriptor ObsoleteVersionKey = new(
        "DKS8001", nameof(ObsoleteVersionKey), "Obsolete top-level `version` key",
        RuleCategory.Compose, DiagnosticSeverity.Suggestion, RuleTarget.Compose, Array.Empty<string>());

    private static readonly Dictionary<string, RuleDescriptor> ById = Build();

    public static IReadOnlyCollection<RuleDescriptor> All => ById.Values;

    public static bool TryGet(string id, out RuleDescriptor descriptor) => ById.TryGetValue(id, out descriptor!);

    public static RuleDescriptor Get(string id) => ById[id];

    private static Dictionary<string, RuleDescriptor> Build()
    {
        var all = new[]
        {
            InternalError,
            DockerfileParseError,
            ComposeNotValid,
            ComposeValueInvalid,
            FileSkipped,
            InvalidConfiguration,
            UnnecessarySuppression,
            ImageTagMissingOrLatest,
            ImageTagFloats,
            ImageNotPinnedByDigest,
            FinalImageNotMinimal,
            UntrustedRegistry,
            ToolchainInFinalStage,
            FromArgWithoutDefault,
            RunsAsRoot,
            UnknownUser,
            SudoInRun,
            InsecurePermissions,
            PrivilegedContainer,
            NoNewPrivilegesMissing,
            CapabilitiesNotDropped,
            DangerousCapabilityAdded,
            CapabilityNotAllowed,
            WritableRootFilesystem,
            TmpfsWithoutNoexecNosuid,
            SecurityProfileDisabled,
            SecurityProfileMissing,
            HostNamespaceShared,
            DockerSocketExposed,
            SensitiveHostPathMounted,
            HostDevicesMapped,
            SharedMountPropagation,
            CgroupParentSet,
            NoCustomSecurityProfile,
            AptInstallRecommends,
            PackageCacheLeft,
            PackageIndexUpdateAlone,
            PackageVersionNotPinned,
            AddInsteadOfCopy,
            RemoteAddWithoutChecksum,
            RemoteScriptPipedToShell,
            TlsVerificationDisabled,
            InsecureRunOption,
            WholeContextCopied,
            PipeWithoutPipefail,
            ShellFormCommand,
            RepeatedSingletonInstruction,
            SecretInEnvOrArg,
            SecretFileCopied,
            HardcodedCredential,
            LiteralSecretInCompose,
            SecretInInterpolationDefault,
            SecretFileNotIgnored,
            HealthcheckMissing,
            HealthcheckDisabled,
            ServiceHealthcheckMissing,
            RestartPolicy,
            HealthcheckTimingImplicit,
            SshExposed,
            PortBoundToAllInterfaces,
            DataStorePublishesPorts,
            PrivilegedHostPort,
            DefaultNetwork,
            DataStoreSharesPublicNetwork,
            MemoryLimitMissing,
            CpuLimitMissing,
            ResourceReservationsMissing,
            PidsLimitMissing,
            UlimitsMissing,
            ObsoleteVersionKey,
        };
        var byId = new Dictionary<string, RuleDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in all)
        {
            byId.Add(descriptor.Id, descriptor);
        }

        return byId;
    }
}
