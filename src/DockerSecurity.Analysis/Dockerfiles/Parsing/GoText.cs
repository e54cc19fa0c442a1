using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DockerSecurity.Analysis.Dockerfiles.Parsing;

/// <summary>
/// The few Go standard-library behaviours Docker's parser depends on (unicode.IsSpace,
/// strings.TrimSpace, strconv.Quote), reproduced so that our results match Docker's to the byte.
/// </summary>
internal static class GoText
{
    /// <summary>Go's unicode.IsSpace.</summary>
    public static bool IsSpace(char c)
    {
        if (c <= '\u00FF')
        {
            return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u0085' || c == '\u00A0';
        }

        return c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
            || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /// <summary>The class <c>[\t\v\f\r ]</c> that Docker's parser splits arguments on.</summary>
    public static bool IsSeparator(char c) => c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';

    /// <summary>strings.TrimSpace over <c>text[start..end)</c>, returning the trimmed bounds.</summary>
    public static void TrimSpace(string text, ref int start, ref int end)
    {
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }
    }

    /// <summary>strconv.Quote: a double-quoted Go string literal.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        AppendQuoted(builder, value);
        return builder.ToString();
    }

    /// <summary>fmt's <c>%q</c> of a []string: <c>["a" "b"]</c>.</summary>
    public static void AppendQuotedList(StringBuilder builder, IEnumerable<string> values)
    {
        builder.Append('[');
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                builder.Append(' ');
            }

            AppendQuoted(builder, value);
            first = false;
        }

        builder.Append(']');
    }

    public static void AppendQuoted(StringBuilder builder, string value)
    {
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            int rune = c;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                rune = char.ConvertToUtf32(c, value[i + 1]);
                if (IsPrint(value, i))
                {
                    builder.Append(c).Append(value[i + 1]);
                }
                else
                {
                    builder.Append("\\U").Append(rune.ToString("x8", CultureInfo.InvariantCulture));
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                // A lone surrogate cannot come from UTF-8; Go would see U+FFFD.
                builder.Append('\uFFFD');
                continue;
            }

            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    continue;
                case '\\':
                    builder.Append("\\\\");
                    continue;
            }

            if (IsPrint(value, i))
            {
                builder.Append(c);
                continue;
            }

            switch (c)
            {
                case '\a':
                    builder.Append("\\a");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\v':
                    builder.Append("\\v");
                    break;
                default:
                    if (c < ' ' || c == '\x7F')
                    {
                        builder.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    /// <summary>Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.</summary>
    private static bool IsPrint(string value, int index)
    {
        var c = value[index];
        if (c < '\u0100')
        {
            return (c >= ' ' && c < '\x7F') || (c >= '\u00A1' && c != '\u00AD');
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(value, index))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.DashPunctuation:
            case UnicodeCategory.OpenPunctuation:
            case UnicodeCategory.ClosePunctuation:
            case UnicodeCategory.InitialQuotePunctuation:
            case UnicodeCategory.FinalQuotePunctuation:
            case UnicodeCategory.OtherPunctuation:
            case UnicodeCategory.MathSymbol:
            case UnicodeCategory.CurrencySymbol:
            case UnicodeCategory.ModifierSymbol:
            case UnicodeCategory.OtherSymbol:
                return true;
            default:
                return false;
        }
    }
}
