using System.Collections.Generic;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Images;
using DockerSecurity.Analysis.Pipeline;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Rules;

/// <summary>What a compose rule may read (the merged project and the Dockerfiles its services build), and where it reports.</summary>
public sealed class ComposeContext
{
    private readonly List<Diagnostic> _sink;
    private readonly DockerfileModels _dockerfiles;
    private readonly Dictionary<string, SourceFile?> _sources = new(System.StringComparer.Ordinal);

    internal ComposeContext(ComposeProject project, ComposeFileSet files, RuleSettings settings, DockerfileModels dockerfiles, List<Diagnostic> sink)
    {
        Project = project;
        Files = files;
        Settings = settings;
        _dockerfiles = dockerfiles;
        _sink = sink;
    }

    public ComposeProject Project { get; }

    /// <summary>The base file and the overrides that were merged into <see cref="Project"/>.</summary>
    public ComposeFileSet Files { get; }

    public RuleSettings Settings { get; }

    /// <summary>
    /// The stage a service's <c>build:</c> produces (its <c>target</c>, else the final stage), or
    /// null when the service builds nothing or its Dockerfile cannot be read or parsed (the
    /// Dockerfile's own analysis reports that).
    /// </summary>
    public Stage? BuiltStage(ComposeService service)
    {
        if (service.Build?.DockerfilePath is not { } path || _dockerfiles.Get(path) is not { } model)
        {
            return null;
        }

        return service.Build.Target is { } target ? model.FindStage(target.Value) : model.FinalStage;
    }

    /// <summary>What is known of the image a service runs: its built stage's base image, else its <c>image:</c>.</summary>
    public ImageTraits TraitsOf(ComposeService service)
    {
        if (BuiltStage(service) is { } stage)
        {
            return stage.BaseImageTraits;
        }

        return service.Image is { IsLiteral: true } image && ImageReference.Parse(image.Value) is { IsValid: true } reference
            ? BaseImageKnowledge.Describe(reference)
            : ImageTraits.Unknown;
    }

    /// <summary>The text of a compose file of the project, read once for all rules; null when it cannot be read.</summary>
    internal SourceFile? SourceOf(string path)
    {
        if (!_sources.TryGetValue(path, out var source))
        {
            source = Project.SourceFiles.TryGetValue(path, out var read) ? read : SourceFileReader.Read(path).File;
            _sources[path] = source;
        }

        return source;
    }

    public void Report(RuleDescriptor rule, ComposeOrigin origin, string message, string? evidence = null) =>
        _sink.Add(new Diagnostic(rule, origin.FilePath, origin.Span, message) { Evidence = evidence });
}
