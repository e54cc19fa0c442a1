using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Images;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>A build stage: a FROM and the instructions up to the next FROM.</summary>
public sealed class Stage
{
    /// <summary>Docker's default shell for RUN, CMD and ENTRYPOINT in shell form (Linux).</summary>
    public static readonly IReadOnlyList<string> DefaultShell = new[] { "/bin/sh", "-c" };

    private readonly List<Instruction> _instructions = new();
    private readonly List<(Instruction Instruction, IReadOnlyList<string> Shell)> _shellChanges = new();
    private readonly List<ArgDeclaration> _args = new();
    private readonly List<StageReference> _references = new();
    private ImageTraits? _baseImageTraits;

    internal Stage(int index, Instruction from)
    {
        Index = index;
        From = from;
        if (from.Arguments.Count == 3 && string.Equals(from.Arguments[1].Value, "AS", StringComparison.OrdinalIgnoreCase))
        {
            Name = from.Arguments[2].Value;
            NameSpan = from.Arguments[2].Span;
        }
    }

    /// <summary>0-based position; <c>COPY --from=0</c> refers to it by this index.</summary>
    public int Index { get; }

    /// <summary>The <c>AS name</c>, as written; Docker compares names case-insensitively.</summary>
    public string? Name { get; }

    public SourceSpan? NameSpan { get; }

    public Instruction From { get; }

    /// <summary>The image argument of FROM as written (<c>python:${PY}</c>); null when FROM has no argument.</summary>
    public InstructionArgument? BaseImageArgument => From.Arguments.Count > 0 ? From.Arguments[0] : null;

    /// <summary>The FROM image after global ARG substitution; unknown variables stay written as <c>${NAME}</c>.</summary>
    public string BaseImageText { get; internal set; } = string.Empty;

    /// <summary>The variables the FROM image depends on.</summary>
    public IReadOnlyList<VariableReference> BaseImageVariables { get; internal set; } = Array.Empty<VariableReference>();

    /// <summary>The base image, when FROM names an image rather than an earlier stage (may be invalid or unresolved).</summary>
    public ImageReference? BaseImage { get; internal set; }

    /// <summary>The earlier stage FROM names, if any.</summary>
    public Stage? BaseStage { get; internal set; }

    /// <summary>What is known of the image the stage starts from, following <c>FROM &lt;stage&gt;</c> to the image; looked up once per stage.</summary>
    public ImageTraits BaseImageTraits
    {
        get
        {
            if (_baseImageTraits is null)
            {
                var root = this;
                while (root.BaseStage is { } parent)
                {
                    root = parent;
                }

                root._baseImageTraits ??= root.BaseImage is { IsValid: true } image ? BaseImageKnowledge.Describe(image) : ImageTraits.Unknown;
                _baseImageTraits = root._baseImageTraits;
            }

            return _baseImageTraits;
        }
    }

    /// <summary>The <c>--platform</c> flag of FROM.</summary>
    public InstructionFlag? Platform => From.GetFlag("platform");

    /// <summary>The <c>--platform</c> value after substitution; null without the flag.</summary>
    public string? PlatformText { get; internal set; }

    /// <summary>The instructions after FROM, up to the next FROM.</summary>
    public IReadOnlyList<Instruction> Instructions => _instructions;

    /// <summary>The ARGs declared in this stage.</summary>
    public IReadOnlyList<ArgDeclaration> Args => _args;

    /// <summary>The stages and images this stage uses: its FROM, COPY --from, RUN --mount from=.</summary>
    public IReadOnlyList<StageReference> References => _references;

    /// <summary>The shell in effect at the end of the stage: its last SHELL, else the base stage's, else <see cref="DefaultShell"/>.</summary>
    public IReadOnlyList<string> Shell => _shellChanges.Count > 0 ? _shellChanges[_shellChanges.Count - 1].Shell : InheritedShell;

    /// <summary>The last USER in the stage, or the one the base stage ends with; null when neither has one.</summary>
    public Instruction? EffectiveUser { get; internal set; }

    /// <summary>The user of <see cref="EffectiveUser"/> after variable substitution (<c>app</c>, <c>1000:1000</c>).</summary>
    public string? EffectiveUserName { get; internal set; }

    /// <summary>The last HEALTHCHECK in the stage (<c>HEALTHCHECK NONE</c> included), or the base stage's; null when neither has one.</summary>
    public Instruction? Healthcheck { get; internal set; }

    /// <summary>Whether this is the last stage, the one <c>docker build</c> builds by default.</summary>
    public bool IsFinal { get; internal set; }

    internal IReadOnlyList<string> InheritedShell { get; set; } = DefaultShell;

    /// <summary>The shell that runs <paramref name="instruction"/>'s shell form.</summary>
    public IReadOnlyList<string> ShellAt(Instruction instruction)
    {
        var shell = InheritedShell;
        foreach (var (change, changed) in _shellChanges)
        {
            if (change.Span.Start.CompareTo(instruction.Span.Start) >= 0)
            {
                break;
            }

            shell = changed;
        }

        return shell;
    }

    /// <summary>The label shown in messages: the name, or the index.</summary>
    public override string ToString() => Name ?? "stage " + Index;

    internal void Add(Instruction instruction) => _instructions.Add(instruction);

    internal void AddShell(Instruction instruction, IReadOnlyList<string> shell) => _shellChanges.Add((instruction, shell));

    internal void AddArg(ArgDeclaration arg) => _args.Add(arg);

    internal void AddReference(StageReference reference) => _references.Add(reference);
}
