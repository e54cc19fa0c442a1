using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Rules;

namespace DockerSecurity.Analysis.Reporting;

/// <summary>What <see cref="SarifWriter"/> writes: the tool, its rules and one run's results.</summary>
public sealed class SarifLog
{
    public const string DefaultInformationUri = "https://github.com/dockersecurity/DockerSecurity.Build";

    public string ToolName { get; init; } = "DockerSecurity.Build";

    /// <summary>The package version; also written as <c>semanticVersion</c> when it is one.</summary>
    public string ToolVersion { get; init; } = "";

    public string InformationUri { get; init; } = DefaultInformationUri;

    /// <summary>
    /// Absolute path of the repository root, written as <c>%SRCROOT%</c>; files under it get
    /// relative URIs. Null: every file gets an absolute <c>file:</c> URI.
    /// </summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>The rules to describe, written in ID order; every rule by default.</summary>
    public IReadOnlyCollection<RuleDescriptor> Rules { get; init; } = RuleCatalog.All;

    /// <summary>The findings, suppressed ones included; results with severity None are left out.</summary>
    public IReadOnlyList<SarifResult> Results { get; init; } = Array.Empty<SarifResult>();
}
