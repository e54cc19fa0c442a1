using DockerSecurity.Analysis.Images;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>How one stage uses another stage or an image.</summary>
public enum StageReferenceKind
{
    /// <summary><c>FROM build</c>.</summary>
    From,

    /// <summary><c>COPY --from=build</c> (or ADD).</summary>
    CopyFrom,

    /// <summary><c>RUN --mount=...,from=build</c>.</summary>
    MountFrom,
}

/// <summary>A use of a stage (by name or index) or of an image, from an instruction of a stage.</summary>
public sealed class StageReference
{
    internal StageReference(Stage source, Instruction instruction, StageReferenceKind kind, string text, SourceSpan span, Stage? target, ImageReference? image)
    {
        Source = source;
        Instruction = instruction;
        Kind = kind;
        Text = text;
        Span = span;
        Target = target;
        Image = image;
    }

    /// <summary>The stage whose instruction makes the reference.</summary>
    public Stage Source { get; }

    public Instruction Instruction { get; }

    public StageReferenceKind Kind { get; }

    /// <summary>The referenced name, index or image after ARG substitution.</summary>
    public string Text { get; }

    /// <summary>Where the reference is written (the flag value or FROM argument).</summary>
    public SourceSpan Span { get; }

    /// <summary>The referenced stage; null when the reference is to an image.</summary>
    public Stage? Target { get; }

    /// <summary>The referenced image when <see cref="Target"/> is null.</summary>
    public ImageReference? Image { get; }

    public override string ToString() => Kind + " " + Text;
}
