using System.Collections.Generic;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>
/// An argument of an instruction that Docker expands (EXPOSE, USER, COPY, ADD, WORKDIR, VOLUME),
/// with the ARG and ENV values known at that point substituted; unknown variables stay written as they are.
/// </summary>
public sealed class ExpandedArgument
{
    internal ExpandedArgument(InstructionArgument argument, string value, IReadOnlyList<VariableReference> variables)
    {
        Argument = argument;
        Value = value;
        Variables = variables;
    }

    public InstructionArgument Argument { get; }

    /// <summary>The value after substitution and quote removal: <c>22</c> for <c>${SSH_PORT:-22}</c>.</summary>
    public string Value { get; }

    /// <summary>The variables the value depends on.</summary>
    public IReadOnlyList<VariableReference> Variables { get; }

    public SourceSpan Span => Argument.Span;

    /// <summary>Some variable has no value the Dockerfile knows (no default, undeclared, from the base image, a builder platform ARG).</summary>
    public bool HasUnknownVariables
    {
        get
        {
            foreach (var variable in Variables)
            {
                if (variable.Resolution is VariableResolution.NoDefault or VariableResolution.Undeclared or VariableResolution.BuiltIn)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public override string ToString() => Value;
}
