using System.Text;

namespace DockerSecurity.Analysis.Configuration;

internal enum SectionNameToken
{
    BadToken,
    SimpleCharacter,
    Star,
    StarStar,
    Question,
    OpenCurly,
    CloseCurly,
    Comma,
    OpenBracket,
}

/// <summary>
/// Tokens of an EditorConfig section name. A backslash makes the next character simple; after
/// <see cref="SectionNameToken.SimpleCharacter"/> the caller eats the character itself.
/// </summary>
internal sealed class SectionNameLexer
{
    private readonly string text;

    public SectionNameLexer(string text)
    {
        this.text = text;
    }

    public int Position { get; set; }

    public bool IsDone => Position >= text.Length;

    public char Current => text[Position];

    public char this[int index] => text[index];

    public SectionNameToken Lex()
    {
        switch (text[Position])
        {
            case '*':
                if (Position + 1 < text.Length && text[Position + 1] == '*')
                {
                    Position += 2;
                    return SectionNameToken.StarStar;
                }

                Position++;
                return SectionNameToken.Star;
            case '?':
                Position++;
                return SectionNameToken.Question;
            case '{':
                Position++;
                return SectionNameToken.OpenCurly;
            case ',':
                Position++;
                return SectionNameToken.Comma;
            case '}':
                Position++;
                return SectionNameToken.CloseCurly;
            case '[':
                Position++;
                return SectionNameToken.OpenBracket;
            case '\\':
                Position++;
                return IsDone ? SectionNameToken.BadToken : SectionNameToken.SimpleCharacter;
            default:
                return SectionNameToken.SimpleCharacter;
        }
    }

    public char Eat() => text[Position++];

    public bool TryEat(out char character)
    {
        if (IsDone)
        {
            character = default;
            return false;
        }

        character = Eat();
        return true;
    }

    /// <summary>An optionally negative run of digits, or null (then nothing sensible was read).</summary>
    public string? TryLexNumber()
    {
        var builder = new StringBuilder();
        var first = true;
        while (!IsDone)
        {
            var character = Current;
            if (first && character == '-')
            {
                Position++;
                builder.Append('-');
            }
            else if (char.IsDigit(character))
            {
                Position++;
                builder.Append(character);
            }
            else
            {
                break;
            }

            first = false;
        }

        var number = builder.ToString();
        return number.Length == 0 || number == "-" ? null : number;
    }
}
