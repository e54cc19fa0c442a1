namespace DockerSecurity.Analysis.Shell;

/// <summary>Where a command was found, which tells how it runs.</summary>
public enum CommandOrigin
{
    /// <summary>In the script's own command list.</summary>
    Script,

    /// <summary>In the body of a subshell, group, function, loop, <c>if</c> or <c>case</c> (see <see cref="ShellCommand.Parent"/>).</summary>
    Compound,

    /// <summary>In <c>$(...)</c> or backquotes inside a word of <see cref="ShellCommand.Parent"/>.</summary>
    CommandSubstitution,

    /// <summary>In <c>&lt;(...)</c> or <c>&gt;(...)</c> inside a word of <see cref="ShellCommand.Parent"/>.</summary>
    ProcessSubstitution,

    /// <summary>In the script that <see cref="ShellCommand.Parent"/> hands to a shell: <c>sh -c '...'</c>, <c>su -c '...'</c>, <c>eval '...'</c>.</summary>
    InlineScript,
}
