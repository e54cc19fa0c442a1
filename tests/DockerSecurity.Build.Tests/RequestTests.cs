using System;
using System.Linq;
using DockerSecurity.Analysis;
using DockerSecurity.Analysis.Reporting;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace DockerSecurity.Build.Tests;

/// <summary>The task passes MSBuild's items and properties to the engine, parsed and absolute, and decides nothing itself.</summary>
public class RequestTests
{
    [Test]
    public void Item_paths_become_absolute_against_the_project_directory_once_each()
    {
        var request = Capture(task =>
        {
            task.Dockerfiles = Items("Dockerfile", "src/../web/Dockerfile.prod", "/elsewhere/app.Dockerfile", "Dockerfile", " ");
            task.ComposeFiles = Items("compose.yaml", "deploy/compose.prod.yaml");
        });

        Assert.Multiple(() =>
        {
            Assert.That(request.ProjectDirectory, Is.EqualTo("/repo/app"));
            Assert.That(request.Dockerfiles, Is.EqualTo(new[] { "/repo/app/Dockerfile", "/repo/app/web/Dockerfile.prod", "/elsewhere/app.Dockerfile" }));
            Assert.That(request.ComposeFiles, Is.EqualTo(new[] { "/repo/app/compose.yaml", "/repo/app/deploy/compose.prod.yaml" }));
        });
    }

    [Test]
    public void Global_config_files_and_repository_root_are_absolute()
    {
        var request = Capture(task =>
        {
            task.GlobalConfigFiles = Items("/repo/.globalconfig", "presets/strict.globalconfig");
            task.RepositoryRoot = "/repo/";
        });

        Assert.That(request.GlobalConfigFiles, Is.EqualTo(new[] { "/repo/.globalconfig", "/repo/app/presets/strict.globalconfig" }));
        Assert.That(request.RepositoryRoot, Is.EqualTo("/repo"));
    }

    [Test]
    public void Relative_repository_root_is_resolved_against_the_project_directory()
    {
        Assert.That(Capture(task => task.RepositoryRoot = "..").RepositoryRoot, Is.EqualTo("/repo"));
    }

    [Test]
    public void Inputs_are_logged_at_normal_importance_in_one_line()
    {
        var engine = new FakeBuildEngine();
        var task = new DockerSecurityCheck
        {
            BuildEngine = engine,
            ProjectDirectory = "/repo/app",
            RepositoryRoot = "/repo",
            Dockerfiles = Items("Dockerfile", "web/Dockerfile"),
            GlobalConfigFiles = Items("/repo/z.globalconfig", "/repo/.globalconfig"),
            Analyzer = _ => new AnalysisResult(Array.Empty<Diagnostic>()),
        };

        task.Execute();

        Assert.That(
            engine.Messages.Where(m => m.Importance == MessageImportance.Normal).Select(m => m.Message),
            Is.EqualTo(new[]
            {
                "DockerSecurity.Build: checking 2 Dockerfile(s) and 0 compose file(s); repository root '/repo'; " +
                "global config files: '/repo/.globalconfig', '/repo/z.globalconfig'.",
            }));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void Missing_repository_root_is_null(string? root)
    {
        Assert.That(Capture(task => task.RepositoryRoot = root).RepositoryRoot, Is.Null);
    }

    [Test]
    public void Warning_properties_are_split_like_the_compilers_nowarn()
    {
        var request = Capture(task =>
        {
            task.NoWarn = ";1701;1702;DKS1001, DKS1002;;\n  DKS2001\t";
            task.WarningsAsErrors = "DKS0004,nullable";
            task.WarningsNotAsErrors = "DKS1003";
            task.TreatWarningsAsErrors = true;
        });

        var options = request.MSBuildOptions;
        Assert.Multiple(() =>
        {
            Assert.That(options.NoWarn, Is.EqualTo(new[] { "1701", "1702", "DKS1001", "DKS1002", "DKS2001" }));
            Assert.That(options.WarningsAsErrors, Is.EqualTo(new[] { "DKS0004", "nullable" }));
            Assert.That(options.WarningsNotAsErrors, Is.EqualTo(new[] { "DKS1003" }));
            Assert.That(options.TreatWarningsAsErrors, Is.True);
        });
    }

    [Test]
    public void Unset_warning_properties_are_empty_and_warnings_stay_warnings()
    {
        var options = Capture(_ => { }).MSBuildOptions;

        Assert.Multiple(() =>
        {
            Assert.That(options.NoWarn, Is.Empty);
            Assert.That(options.WarningsAsErrors, Is.Empty);
            Assert.That(options.WarningsNotAsErrors, Is.Empty);
            Assert.That(options.TreatWarningsAsErrors, Is.False);
        });
    }

    [Test]
    public void Rule_settings_are_parsed_lists()
    {
        var settings = Capture(task =>
        {
            task.TrustedRegistries = "mcr.microsoft.com; *.azurecr.io;ghcr.io/acme";
            task.AllowedCapabilities = "NET_BIND_SERVICE";
            task.AllowedRestartPolicies = "on-failure,unless-stopped";
        }).Settings;

        Assert.Multiple(() =>
        {
            Assert.That(settings.TrustedRegistries, Is.EqualTo(new[] { "mcr.microsoft.com", "*.azurecr.io", "ghcr.io/acme" }));
            Assert.That(settings.AllowedCapabilities, Is.EqualTo(new[] { "NET_BIND_SERVICE" }));
            Assert.That(settings.AllowedRestartPolicies, Is.EqualTo(new[] { "on-failure", "unless-stopped" }));
        });
    }

    [Test]
    public void Unset_rule_settings_keep_the_engines_defaults()
    {
        var settings = Capture(task => task.AllowedCapabilities = " ; ").Settings;

        Assert.Multiple(() =>
        {
            Assert.That(settings.TrustedRegistries, Is.Empty);
            Assert.That(settings.AllowedCapabilities, Is.EqualTo(RuleSettings.Default.AllowedCapabilities));
            Assert.That(settings.AllowedRestartPolicies, Is.EqualTo(RuleSettings.Default.AllowedRestartPolicies));
        });
    }

    private static ITaskItem[] Items(params string[] specs) => Array.ConvertAll(specs, spec => (ITaskItem)new TaskItem(spec));

    private static AnalysisRequest Capture(Action<DockerSecurityCheck> configure)
    {
        AnalysisRequest? captured = null;
        var task = new DockerSecurityCheck
        {
            BuildEngine = new FakeBuildEngine(),
            ProjectDirectory = "/repo/app",
            Analyzer = request =>
            {
                captured = request;
                return new AnalysisResult(Array.Empty<Diagnostic>());
            },
        };
        configure(task);

        Assert.That(task.Execute(), Is.True);
        return captured ?? throw new AssertionException("the engine was not called");
    }
}
