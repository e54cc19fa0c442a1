using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Compose;

/// <summary>Where a compose value was written: the file that supplied it and its exact span there.</summary>
public sealed record ComposeOrigin(string FilePath, SourceSpan Span)
{
    public override string ToString() => $"{FilePath}{Span}";
}
