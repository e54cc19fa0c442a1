using System;
using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;

namespace DockerSecurity.Analysis.Tests.Configuration;

/// <summary>
/// The effective severity of a rule in /repo/Dockerfile, from an .editorconfig ([*] section), a
/// .globalconfig (preamble) and the MSBuild properties, as the C# compiler decides it for an analyzer
/// diagnostic (CSharpDiagnosticFilter.GetDiagnosticReport, then the dotnet_analyzer_diagnostic bulk keys).
/// Settings are written "DKS1001=error" (dotnet_diagnostic.DKS1001.severity), "cat:Images=error"
/// (dotnet_analyzer_diagnostic.category-Images.severity) and "all=error" (dotnet_analyzer_diagnostic.severity).
/// </summary>
public class SeverityPrecedenceTests
{
    private const string File = "/repo/src/Dockerfile";

    /// <summary>A rule that is off until enabled; the catalog has none yet.</summary>
    private static readonly RuleDescriptor OffByDefault = new(
        "DKS1999", "OffByDefault", "A rule that is off by default", RuleCategory.Images, DiagnosticSeverity.None, RuleTarget.Dockerfile, Array.Empty<string>());

    private static RuleDescriptor Rule(string id) => id == OffByDefault.Id ? OffByDefault : RuleCatalog.Get(id);

    private static DiagnosticSeverity Resolve(string rule, string editorconfig, string globalconfig, MSBuildDiagnosticOptions options)
    {
        var configs = new List<AnalyzerConfig>
        {
            AnalyzerConfig.Parse("[*]\n" + Lines(editorconfig), "/repo/.editorconfig"),
            AnalyzerConfig.Parse(Lines(globalconfig), "/repo/.globalconfig"),
        };
        var set = AnalyzerConfigSet.Create(configs);
        return SeverityResolver.Resolve(Rule(rule), set.GetOptionsForSourcePath(File), set.GlobalConfigOptions, WarningSwitches.From(options));
    }

    private static string Lines(string settings) => string.Join("\n", settings
        .Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)
        .Select(setting =>
        {
            var parts = setting.Split('=');
            var target = parts[0].Trim();
            var key = target == "all" ? DiagnosticOptionKeys.AllRules
                : target.StartsWith("cat:", StringComparison.Ordinal) ? DiagnosticOptionKeys.ForCategory(target.Substring(4))
                : DiagnosticOptionKeys.ForRule(target);
            return key + " = " + parts[1].Trim();
        }));

    private static MSBuildDiagnosticOptions Options(string noWarn = "", string warningsAsErrors = "", string warningsNotAsErrors = "", bool treatWarningsAsErrors = false) => new()
    {
        NoWarn = new[] { noWarn },
        WarningsAsErrors = new[] { warningsAsErrors },
        WarningsNotAsErrors = new[] { warningsNotAsErrors },
        TreatWarningsAsErrors = treatWarningsAsErrors,
    };

    // rule, .editorconfig, .globalconfig, expected
    [TestCase("DKS1001", "", "", DiagnosticSeverity.Warning, TestName = "No configuration: the rule's default")]
    [TestCase("DKS1001", "DKS1001=error", "", DiagnosticSeverity.Error, TestName = "Rule ID in .editorconfig")]
    [TestCase("DKS1001", "cat:Images=error", "", DiagnosticSeverity.Error, TestName = "Category in .editorconfig")]
    [TestCase("DKS1001", "cat:images=error", "", DiagnosticSeverity.Error, TestName = "Category name is case-insensitive")]
    [TestCase("DKS1001", "all=error", "", DiagnosticSeverity.Error, TestName = "All rules in .editorconfig")]
    [TestCase("DKS1001", "DKS1001=suggestion,cat:Images=error,all=none", "", DiagnosticSeverity.Suggestion, TestName = "Rule ID beats category and all")]
    [TestCase("DKS1001", "cat:Images=error,all=none", "", DiagnosticSeverity.Error, TestName = "Category beats all")]
    [TestCase("DKS1001", "cat:Privileges=error,all=none", "", DiagnosticSeverity.None, TestName = "Another category does not apply")]
    [TestCase("DKS1001", "cat:Images=loud,all=error", "", DiagnosticSeverity.Error, TestName = "Invalid category value falls through to all")]
    [TestCase("DKS1001", "cat:Images=default,all=error", "", DiagnosticSeverity.Warning, TestName = "Category default keeps the rule's severity and hides all")]
    [TestCase("DKS1001", "DKS1001=default", "", DiagnosticSeverity.Warning, TestName = "Rule ID default is the rule's severity")]
    [TestCase("DKS1001", "DKS1001=loud", "DKS1001=error", DiagnosticSeverity.Error, TestName = "Invalid .editorconfig value leaves the global config's")]
    [TestCase("DKS1003", "DKS1001=error", "", DiagnosticSeverity.Suggestion, TestName = "Another rule ID does not apply")]
    [TestCase("DKS1001", "", "DKS1001=error", DiagnosticSeverity.Error, TestName = "Rule ID in global config")]
    [TestCase("DKS1001", "", "DKS1001=none", DiagnosticSeverity.None, TestName = "Rule ID none in global config")]
    [TestCase("DKS1001", "DKS1001=suggestion", "DKS1001=error", DiagnosticSeverity.Suggestion, TestName = ".editorconfig rule ID beats global config rule ID")]
    [TestCase("DKS1001", "all=none", "DKS1001=error", DiagnosticSeverity.Error, TestName = "Global config rule ID beats .editorconfig bulk keys")]
    [TestCase("DKS1001", "", "all=error", DiagnosticSeverity.Error, TestName = "All rules in global config")]
    [TestCase("DKS1001", "all=suggestion", "all=error", DiagnosticSeverity.Suggestion, TestName = ".editorconfig bulk key beats global config bulk key")]
    [TestCase("DKS1001", "all=suggestion", "cat:Images=error", DiagnosticSeverity.Error, TestName = "Global config category beats .editorconfig all")]
    [TestCase("DKS1999", "", "", DiagnosticSeverity.None, TestName = "Rule off by default stays off")]
    [TestCase("DKS1999", "all=error", "", DiagnosticSeverity.None, TestName = "All rules does not enable a rule off by default")]
    [TestCase("DKS1999", "cat:Images=warning", "", DiagnosticSeverity.None, TestName = "Category does not enable a rule off by default")]
    [TestCase("DKS1999", "DKS1999=warning", "", DiagnosticSeverity.Warning, TestName = "Rule ID enables a rule off by default")]
    [TestCase("DKS1999", "", "DKS1999=error", DiagnosticSeverity.Error, TestName = "Global config rule ID enables a rule off by default")]
    [TestCase("DKS1999", "DKS1999=default", "", DiagnosticSeverity.None, TestName = "Rule ID default keeps a rule off by default off")]
    [TestCase("DKS3004", "all=warning", "", DiagnosticSeverity.Warning, TestName = "Bulk keys apply to a silent rule")]
    [TestCase("DKS0001", "all=suggestion", "", DiagnosticSeverity.Suggestion, TestName = "Bulk keys lower an error rule")]
    [TestCase("DKS0001", "cat:Infrastructure=none", "", DiagnosticSeverity.None, TestName = "Category none turns a category off")]
    public void Configuration_files(string rule, string editorconfig, string globalconfig, DiagnosticSeverity expected)
    {
        Assert.That(Resolve(rule, editorconfig, globalconfig, MSBuildDiagnosticOptions.Default), Is.EqualTo(expected));
    }

    // rule, .editorconfig, NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors, expected
    [TestCase("DKS1001", "", "DKS1001", "", "", false, DiagnosticSeverity.None, TestName = "NoWarn turns the rule off")]
    [TestCase("DKS1001", "DKS1001=error", "dks1001", "", "", false, DiagnosticSeverity.None, TestName = "NoWarn beats .editorconfig error, IDs case-insensitive")]
    [TestCase("DKS0001", "", "DKS0001", "", "", false, DiagnosticSeverity.None, TestName = "NoWarn turns off an error rule")]
    [TestCase("DKS1001", "", "DKS1001", "DKS1001", "", true, DiagnosticSeverity.None, TestName = "NoWarn beats WarningsAsErrors")]
    [TestCase("DKS1001", "", "", "DKS1001", "", false, DiagnosticSeverity.Error, TestName = "WarningsAsErrors makes the rule an error")]
    [TestCase("DKS1001", "DKS1001=none", "", "DKS1001", "", false, DiagnosticSeverity.Error, TestName = "WarningsAsErrors beats .editorconfig none")]
    [TestCase("DKS1003", "", "", "DKS1003", "", false, DiagnosticSeverity.Error, TestName = "WarningsAsErrors makes even a suggestion an error")]
    [TestCase("DKS1999", "", "", "DKS1999", "", false, DiagnosticSeverity.Error, TestName = "WarningsAsErrors enables a rule off by default")]
    [TestCase("DKS1001", "", "", "DKS1002", "", false, DiagnosticSeverity.Warning, TestName = "WarningsAsErrors of another rule does not apply")]
    [TestCase("DKS1001", "", "", "DKS1001", "DKS1001", false, DiagnosticSeverity.Warning, TestName = "WarningsNotAsErrors beats WarningsAsErrors")]
    [TestCase("DKS1001", "", "", "", "", true, DiagnosticSeverity.Error, TestName = "TreatWarningsAsErrors promotes a default warning")]
    [TestCase("DKS1003", "", "", "", "", true, DiagnosticSeverity.Suggestion, TestName = "TreatWarningsAsErrors leaves a suggestion")]
    [TestCase("DKS1001", "DKS1001=warning", "", "", "", true, DiagnosticSeverity.Error, TestName = "TreatWarningsAsErrors promotes a configured warning")]
    [TestCase("DKS1003", "DKS1003=warning", "", "", "", true, DiagnosticSeverity.Error, TestName = "TreatWarningsAsErrors promotes a suggestion configured as warning")]
    [TestCase("DKS1999", "DKS1999=warning", "", "", "", true, DiagnosticSeverity.Error, TestName = "TreatWarningsAsErrors promotes a rule enabled as warning")]
    [TestCase("DKS1001", "DKS1001=suggestion", "", "", "", true, DiagnosticSeverity.Suggestion, TestName = "TreatWarningsAsErrors leaves a configured suggestion")]
    [TestCase("DKS1001", "DKS1001=default", "", "", "", true, DiagnosticSeverity.Warning, TestName = "TreatWarningsAsErrors does not promote a configured default (compiler quirk)")]
    [TestCase("DKS1001", "all=warning", "", "", "", true, DiagnosticSeverity.Error, TestName = "TreatWarningsAsErrors promotes a bulk warning")]
    [TestCase("DKS1003", "cat:Images=warning", "", "", "", true, DiagnosticSeverity.Error, TestName = "TreatWarningsAsErrors promotes a category warning")]
    [TestCase("DKS1001", "all=default", "", "", "", true, DiagnosticSeverity.Error, TestName = "Bulk default keeps the promotion of a default warning")]
    [TestCase("DKS1001", "", "", "", "DKS1001", true, DiagnosticSeverity.Warning, TestName = "WarningsNotAsErrors exempts from TreatWarningsAsErrors")]
    [TestCase("DKS1001", "DKS1001=error", "", "", "DKS1001", true, DiagnosticSeverity.Warning, TestName = "WarningsNotAsErrors ignores .editorconfig error for a warning rule")]
    [TestCase("DKS1001", "DKS1001=error", "", "", "DKS1001", false, DiagnosticSeverity.Warning, TestName = "WarningsNotAsErrors ignores .editorconfig error even without TreatWarningsAsErrors")]
    [TestCase("DKS1003", "DKS1003=error", "", "", "DKS1003", false, DiagnosticSeverity.Error, TestName = "WarningsNotAsErrors keeps .editorconfig error for a suggestion rule")]
    [TestCase("DKS1001", "DKS1001=warning", "", "", "DKS1001", true, DiagnosticSeverity.Warning, TestName = "WarningsNotAsErrors keeps a configured warning unpromoted")]
    [TestCase("DKS1001", "DKS1001=none", "", "", "DKS1001", false, DiagnosticSeverity.None, TestName = "WarningsNotAsErrors keeps .editorconfig none")]
    [TestCase("DKS1001", "all=error", "", "", "DKS1001", false, DiagnosticSeverity.Warning, TestName = "WarningsNotAsErrors hides the bulk keys")]
    [TestCase("DKS1999", "", "", "", "DKS1999", false, DiagnosticSeverity.None, TestName = "WarningsNotAsErrors leaves a rule off by default off")]
    [TestCase("DKS1001", "all=error", "DKS1001", "", "", false, DiagnosticSeverity.None, TestName = "NoWarn beats bulk keys")]
    [TestCase("DKS1001", "all=error", "", "DKS1002", "", false, DiagnosticSeverity.Error, TestName = "A switch for another rule leaves the bulk keys")]
    public void MSBuild_properties(string rule, string editorconfig, string noWarn, string warningsAsErrors, string warningsNotAsErrors, bool treatWarningsAsErrors, DiagnosticSeverity expected)
    {
        var options = Options(noWarn, warningsAsErrors, warningsNotAsErrors, treatWarningsAsErrors);
        Assert.That(Resolve(rule, editorconfig, "", options), Is.EqualTo(expected));
    }

    [Test]
    public void TreatWarningsAsErrors_promotes_a_warning_from_the_global_config()
    {
        Assert.That(Resolve("DKS1003", "", "DKS1003=warning", Options(treatWarningsAsErrors: true)), Is.EqualTo(DiagnosticSeverity.Error));
    }

    [TestCase("DKS1001;DKS1002")]
    [TestCase("DKS1001,DKS1002")]
    [TestCase(" DKS1001 ; DKS1002 ")]
    [TestCase("CS1591 DKS1001\tDKS1002")]
    [TestCase("$(NoWarn);1701;1702;dks1001;Dks1002;")]
    [TestCase("\"DKS1001\";\"DKS1002\"")]
    public void MSBuild_lists_split_on_semicolons_commas_and_spaces(string noWarn)
    {
        var options = Options(noWarn: noWarn);
        Assert.Multiple(() =>
        {
            Assert.That(Resolve("DKS1001", "", "", options), Is.EqualTo(DiagnosticSeverity.None));
            Assert.That(Resolve("DKS1002", "", "", options), Is.EqualTo(DiagnosticSeverity.None));
            Assert.That(Resolve("DKS1003", "", "", options), Is.EqualTo(DiagnosticSeverity.Suggestion));
        });
    }

    [Test]
    public void MSBuild_lists_may_also_come_split_into_items()
    {
        var options = new MSBuildDiagnosticOptions { WarningsAsErrors = new[] { "DKS1001", "DKS1003" } };
        Assert.Multiple(() =>
        {
            Assert.That(Resolve("DKS1001", "", "", options), Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(Resolve("DKS1003", "", "", options), Is.EqualTo(DiagnosticSeverity.Error));
        });
    }
}
