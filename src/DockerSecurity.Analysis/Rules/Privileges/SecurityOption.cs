using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>
/// One <c>security_opt</c> entry split as Compose and the Docker CLI split it: at the first
/// <c>=</c>, else at the first <c>:</c> (the legacy separator); <c>no-new-privileges</c> may stand alone.
/// </summary>
internal sealed class SecurityOption
{
    private readonly int _valueStart;

    private SecurityOption(ComposeScalar entry, string text, string name, string? value, int valueStart)
    {
        Entry = entry;
        Text = text;
        Name = name;
        Value = value;
        _valueStart = valueStart;
    }

    public ComposeScalar Entry { get; }

    /// <summary>The entry's effective text (<c>seccomp=./profile.json</c>).</summary>
    public string Text { get; }

    /// <summary><c>seccomp</c>, <c>apparmor</c>, <c>label</c>, <c>no-new-privileges</c>, <c>systempaths</c>, ...</summary>
    public string Name { get; }

    /// <summary>The part after the separator, or null when there is none.</summary>
    public string? Value { get; }

    /// <summary>Where the value was written; the whole entry when the text does not map character by character.</summary>
    public ComposeOrigin ValueOrigin =>
        Value is not null && Entry.IsLiteral && Entry.Raw == Text
            ? new ComposeOrigin(Entry.Origin.FilePath, Entry.SpanOf(_valueStart, Value.Length))
            : Entry.Origin;

    public static SecurityOption Parse(ComposeScalar entry, string text)
    {
        var separator = text.IndexOf('=');
        if (separator < 0 && text != "no-new-privileges")
        {
            separator = text.IndexOf(':');
        }

        return separator < 0
            ? new SecurityOption(entry, text, text, null, text.Length)
            : new SecurityOption(entry, text, text.Substring(0, separator), text.Substring(separator + 1), separator + 1);
    }

    public override string ToString() => Text;
}
