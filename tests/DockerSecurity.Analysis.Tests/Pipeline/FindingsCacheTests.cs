using System;
using System.IO;
using System.Linq;
using DockerSecurity.Analysis.Pipeline;
using DockerSecurity.Analysis.Text;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Pipeline;

/// <summary>Replayed findings are exactly the last ones, and never replayed once anything they depend on changed.</summary>
public class FindingsCacheTests
{
    private string _folder = "";
    private string _cache = "";
    private string _dockerfile = "";

    [SetUp]
    public void CreateProject()
    {
        _folder = TestFolder.Create("dks-cache-");
        Directory.CreateDirectory(Path.Combine(_folder, "app"));
        File.WriteAllText(Path.Combine(_folder, ".editorconfig"), "root = true\n");
        _dockerfile = Path.Combine(_folder, "app", "Dockerfile");
        File.WriteAllText(_dockerfile, "FROM python:latest\n# tab\tand \\ backslash\n");
        _cache = Path.Combine(_folder, "obj", "DockerSecurity.cache");
    }

    [Test]
    public void Unchanged_inputs_replay_exactly_the_reported_findings()
    {
        var analyzed = AnalyzeAndCache("key");
        var replayed = FindingsCache.TryReplay(_cache, "key");
        Assert.That(replayed, Is.EqualTo(analyzed.Reported));
    }

    [Test]
    public void Another_key_is_a_miss()
    {
        AnalyzeAndCache("key");
        Assert.That(FindingsCache.TryReplay(_cache, "other"), Is.Null);
    }

    [Test]
    public void Edited_dockerfile_is_a_miss()
    {
        AnalyzeAndCache("key");
        File.WriteAllText(_dockerfile, "FROM python:3.12.8-slim\n");
        File.SetLastWriteTimeUtc(_dockerfile, DateTime.UtcNow.AddMinutes(1));
        Assert.That(FindingsCache.TryReplay(_cache, "key"), Is.Null);
    }

    [Test]
    public void New_editorconfig_below_the_root_one_is_a_miss()
    {
        AnalyzeAndCache("key");
        File.WriteAllText(Path.Combine(_folder, "app", ".editorconfig"), "[*]\ndotnet_diagnostic.DKS1001.severity = error\n");
        Assert.That(FindingsCache.TryReplay(_cache, "key"), Is.Null);
    }

    [Test]
    public void New_dockerignore_is_a_miss()
    {
        File.AppendAllText(_dockerfile, "COPY . /app\n");
        AnalyzeAndCache("key");
        File.WriteAllText(Path.Combine(_folder, "app", ".dockerignore"), ".git\n");
        Assert.That(FindingsCache.TryReplay(_cache, "key"), Is.Null);
    }

    [Test]
    public void Corrupt_cache_is_a_miss_not_an_error()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_cache)!);
        File.WriteAllText(_cache, "dockersecurity-findings-cache 1\nkey key\nfinding\tDKS1001\tnot-a-number\n");
        Assert.That(FindingsCache.TryReplay(_cache, "key"), Is.Null);
    }

    private AnalysisResult AnalyzeAndCache(string key)
    {
        AnalysisResult result;
        using (var recording = TrackedFileSystem.StartRecording())
        {
            result = DockerSecurityAnalyzer.Analyze(new AnalysisRequest { ProjectDirectory = _folder, RepositoryRoot = _folder, Dockerfiles = new[] { _dockerfile } });
            FindingsCache.Write(_cache, key, result.Reported, recording.Inputs);
        }

        Assert.That(result.Reported.Select(d => d.Id), Does.Contain("DKS1001"));
        return result;
    }
}
