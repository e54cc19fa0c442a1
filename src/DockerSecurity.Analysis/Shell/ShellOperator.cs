namespace DockerSecurity.Analysis.Shell;

/// <summary>The control operator that follows a command or pipeline.</summary>
public enum ShellOperator
{
    /// <summary>Nothing follows: end of the script, or a closing <c>)</c>, <c>}</c> or keyword.</summary>
    None,

    /// <summary><c>|</c></summary>
    Pipe,

    /// <summary><c>|&amp;</c> (bash: stdout and stderr into the pipe)</summary>
    PipeAll,

    /// <summary><c>&amp;&amp;</c></summary>
    And,

    /// <summary><c>||</c></summary>
    Or,

    /// <summary><c>;</c></summary>
    Semicolon,

    /// <summary>A newline.</summary>
    Newline,

    /// <summary><c>&amp;</c></summary>
    Background,

    /// <summary><c>;;</c> ending a case item.</summary>
    CaseBreak,

    /// <summary><c>;&amp;</c> (bash case fall-through).</summary>
    CaseFallThrough,

    /// <summary><c>;;&amp;</c> (bash case: test the next pattern).</summary>
    CaseContinue,
}
