using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using DockerSecurity.Analysis;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Benchmarks;

/// <summary>
/// The engine's steady-state cost on the sample project's files (samples/HelloDocker): what a
/// long-lived MSBuild node pays per build once the code is compiled. The cold first call is measured
/// by tests/Performance/measure-build.sh, in a real build.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private SourceFile _dockerfile = null!;
    private AnalysisRequest _request = null!;
    private string _compose = "";

    [GlobalSetup]
    public void Setup()
    {
        var sample = Path.Combine(FindRepositoryRoot(), "samples", "HelloDocker");
        _dockerfile = SourceFileReader.Read(Path.Combine(sample, "Dockerfile")).File!;
        _compose = Path.Combine(sample, "compose.yaml");
        _request = new AnalysisRequest
        {
            ProjectDirectory = sample,
            Dockerfiles = new[] { _dockerfile.Path },
            ComposeFiles = new[] { _compose },
        };
    }

    [Benchmark]
    public object ParseDockerfile() => DockerfileModel.Create(DockerfileParser.Parse(_dockerfile).Syntax!);

    [Benchmark]
    public object LoadCompose() => ComposeLoader.Load(new[] { _compose });

    [Benchmark]
    public object AnalyzeProject() => DockerSecurityAnalyzer.Analyze(_request);

    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(AnalysisBenchmarks).Assembly).Run(args);

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DockerSecurity.Build.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }
}
