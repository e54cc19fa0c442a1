using System.Collections.Generic;

namespace DockerSecurity.Analysis.Shell;

public enum CompoundCommandKind
{
    /// <summary><c>( ... )</c></summary>
    Subshell,

    /// <summary><c>{ ...; }</c></summary>
    Group,

    If,
    For,
    Select,
    While,
    Until,
    Case,

    /// <summary><c>(( ... ))</c></summary>
    Arithmetic,

    /// <summary><c>[[ ... ]]</c></summary>
    Conditional,

    /// <summary><c>name() { ...; }</c> or <c>function name { ...; }</c>; the body runs when the function is called.</summary>
    FunctionDefinition,
}

/// <summary>A subshell, group, loop, <c>if</c>, <c>case</c> or function definition.</summary>
public sealed class CompoundCommand : ShellCommand
{
    internal CompoundCommand(CompoundCommandKind kind)
    {
        Kind = kind;
    }

    public CompoundCommandKind Kind { get; }

    /// <summary>Every pipeline of the body in source order: conditions, branches, loop bodies and case items alike.</summary>
    public IReadOnlyList<Pipeline> Body => BodyList;

    /// <summary>
    /// The words that are not commands: the loop variable and list of <c>for x in a b</c>, the
    /// subject and patterns of <c>case</c>, the expression of <c>(( ))</c> and <c>[[ ]]</c>, a function's name.
    /// </summary>
    public IReadOnlyList<ShellWord> Words => WordList;

    internal List<Pipeline> BodyList { get; } = new();

    internal List<ShellWord> WordList { get; } = new();

    public override string ToString() => Kind.ToString();
}
