using System.Collections.Generic;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Images;
using DockerSecurity.Analysis.Pipeline;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Shell;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Rules;

/// <summary>An image that a stage's FROM pulls, and where the reference is written.</summary>
public readonly record struct PulledImage(Stage Stage, ImageReference Image, SourceSpan Span);

/// <summary>What a Dockerfile rule may read, and where it reports.</summary>
public sealed class DockerfileContext
{
    private readonly List<Diagnostic> _sink;
    private readonly RunScripts _scripts;

    internal DockerfileContext(SourceFile file, DockerfileModel model, RuleSettings settings, List<Diagnostic> sink)
    {
        File = file;
        Model = model;
        Settings = settings;
        _sink = sink;
        _scripts = new RunScripts(model);
    }

    public SourceFile File { get; }

    public DockerfileModel Model { get; }

    public RuleSettings Settings { get; }

    /// <summary>What is known of the image a stage starts from, following <c>FROM &lt;stage&gt;</c> to the image.</summary>
    public ImageTraits TraitsOf(Stage stage) => stage.BaseImageTraits;

    /// <summary>
    /// Every image a FROM pulls: not a stage, not scratch, and fully resolved (an unresolved
    /// ARG is DKS1007's business), with the span of the image reference as written.
    /// </summary>
    public IEnumerable<PulledImage> PulledImages()
    {
        foreach (var stage in Model.Stages)
        {
            if (stage.BaseImage is { IsValid: true, IsScratch: false, HasUnresolvedVariables: false } image)
            {
                yield return new PulledImage(stage, image, stage.From.Arguments[0].Span);
            }
        }
    }

    /// <summary>
    /// The POSIX shell script a RUN runs (heredoc bodies included), parsed once for all rules;
    /// null for other instructions, exec form, and stages whose shell is PowerShell or cmd.
    /// </summary>
    public ShellScript? ShellOf(Instruction run) => _scripts.Of(run);

    /// <summary>Whether RUN commands of <paramref name="stage"/> at <paramref name="instruction"/> run in a POSIX shell.</summary>
    public bool IsPosixShell(Stage stage, Instruction instruction) => _scripts.IsPosix(stage, instruction);

    public void Report(RuleDescriptor rule, SourceSpan span, string message, string? evidence = null) =>
        _sink.Add(new Diagnostic(rule, File.Path, span, message) { Evidence = evidence });
}
