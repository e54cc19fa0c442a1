using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>
/// One argument as Docker's parser splits it: a word (FROM, COPY, EXPOSE...), a JSON string (exec
/// form, with its escapes decoded), or the whole shell-form command.
/// </summary>
public sealed class InstructionArgument
{
    internal InstructionArgument(string value, SourceSpan span)
    {
        Value = value;
        Span = span;
    }

    public string Value { get; }

    /// <summary>Where it is; for a JSON string, the string with its quotes.</summary>
    public SourceSpan Span { get; }

    public override string ToString() => Value;
}
