using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DockerSecurity.Analysis.Dockerfiles.Parsing;

/// <summary>
/// Reads the exec form <c>["a", "b"]</c> the way Docker does (Go's encoding/json into
/// <c>[]interface{}</c>): the whole text must be one valid JSON value; a syntax error means "not
/// JSON" (Docker falls back to shell form), while valid JSON with a non-string element is an error.
/// Iterative, so deep nesting cannot exhaust the stack.
/// </summary>
internal static class JsonArray
{
    // encoding/json refuses deeper nesting as a syntax error.
    private const int MaxDepth = 10000;

    public enum Outcome
    {
        NotJson,
        Strings,
        NotStrings,
    }

    /// <summary>A top-level string element and its token bounds in the input (quotes included).</summary>
    public readonly record struct Element(string Value, int Start, int End);

    /// <param name="text">The input.</param>
    /// <param name="start">First character (Docker has already trimmed leading white space).</param>
    /// <param name="end">End of the input.</param>
    /// <param name="elements">The strings, when the outcome is <see cref="Outcome.Strings"/>.</param>
    /// <param name="offender">Bounds of the first non-string element, for <see cref="Outcome.NotStrings"/>.</param>
    public static Outcome Read(string text, int start, int end, List<Element> elements, out (int Start, int End) offender)
    {
        offender = default;
        elements.Clear();
        if (start >= end || text[start] != '[')
        {
            return Outcome.NotJson;
        }

        var stack = new Stack<char>();
        var position = start;
        var firstOffender = (Start: -1, End: -1);
        var decoded = new StringBuilder();

        // Go decodes numbers into float64: one out of its range fails the whole decoding, and Docker then falls back to shell form.
        var overflow = false;

        // The parser alternates between "a value is expected" and "after a value".
        var expectValue = true;
        while (true)
        {
            if (expectValue)
            {
                SkipWhiteSpace(text, ref position, end);
                if (position >= end)
                {
                    return Outcome.NotJson;
                }

                var valueStart = position;
                var c = text[position];
                var depth = stack.Count;
                if (c == '[' || c == '{')
                {
                    if (depth + 1 > MaxDepth)
                    {
                        return Outcome.NotJson;
                    }

                    if (depth == 1 && firstOffender.Start < 0)
                    {
                        firstOffender = (valueStart, -1);
                    }

                    stack.Push(c);
                    position++;
                    SkipWhiteSpace(text, ref position, end);
                    if (position < end && text[position] == (c == '[' ? ']' : '}'))
                    {
                        position++;
                        stack.Pop();
                        CloseOffender(ref firstOffender, stack.Count, position);
                        expectValue = false;
                        continue;
                    }

                    if (c == '{' && !ReadMemberKey(text, ref position, end, decoded))
                    {
                        return Outcome.NotJson;
                    }

                    continue;
                }

                if (c == '"')
                {
                    if (!ReadString(text, ref position, end, decoded))
                    {
                        return Outcome.NotJson;
                    }

                    if (depth == 1)
                    {
                        elements.Add(new Element(decoded.ToString(), valueStart, position));
                    }
                }
                else if (!ReadLiteralOrNumber(text, ref position, end))
                {
                    return Outcome.NotJson;
                }
                else
                {
                    overflow |= IsOutOfRange(text, valueStart, position);
                }

                if (c != '"' && depth == 1 && firstOffender.Start < 0)
                {
                    firstOffender = (valueStart, position);
                }

                expectValue = false;
                continue;
            }

            if (stack.Count == 0)
            {
                SkipWhiteSpace(text, ref position, end);
                if (position != end)
                {
                    return Outcome.NotJson;
                }

                if (overflow)
                {
                    return Outcome.NotJson;
                }

                if (firstOffender.Start >= 0)
                {
                    offender = firstOffender;
                    return Outcome.NotStrings;
                }

                return Outcome.Strings;
            }

            SkipWhiteSpace(text, ref position, end);
            if (position >= end)
            {
                return Outcome.NotJson;
            }

            var container = stack.Peek();
            var next = text[position++];
            if (next == ',')
            {
                if (container == '{' && !ReadMemberKey(text, ref position, end, decoded))
                {
                    return Outcome.NotJson;
                }

                expectValue = true;
            }
            else if ((next == ']' && container == '[') || (next == '}' && container == '{'))
            {
                stack.Pop();
                CloseOffender(ref firstOffender, stack.Count, position);
            }
            else
            {
                return Outcome.NotJson;
            }
        }
    }

    private static void CloseOffender(ref (int Start, int End) offender, int depthAfterClose, int position)
    {
        if (depthAfterClose == 1 && offender.Start >= 0 && offender.End < 0)
        {
            offender.End = position;
        }
    }

    /// <summary>Reads <c>"key" :</c> of an object member.</summary>
    private static bool ReadMemberKey(string text, ref int position, int end, StringBuilder scratch)
    {
        SkipWhiteSpace(text, ref position, end);
        if (position >= end || text[position] != '"' || !ReadString(text, ref position, end, scratch))
        {
            return false;
        }

        SkipWhiteSpace(text, ref position, end);
        if (position >= end || text[position] != ':')
        {
            return false;
        }

        position++;
        return true;
    }

    private static void SkipWhiteSpace(string text, ref int position, int end)
    {
        while (position < end && text[position] is ' ' or '\t' or '\n' or '\r')
        {
            position++;
        }
    }

    private static bool ReadString(string text, ref int position, int end, StringBuilder decoded)
    {
        decoded.Clear();
        position++;
        while (position < end)
        {
            var c = text[position++];
            if (c == '"')
            {
                return true;
            }

            if (c < ' ')
            {
                return false;
            }

            if (c != '\\')
            {
                decoded.Append(c);
                continue;
            }

            if (position >= end)
            {
                return false;
            }

            var escaped = text[position++];
            switch (escaped)
            {
                case '"':
                case '\\':
                case '/':
                    decoded.Append(escaped);
                    break;
                case 'b':
                    decoded.Append('\b');
                    break;
                case 'f':
                    decoded.Append('\f');
                    break;
                case 'n':
                    decoded.Append('\n');
                    break;
                case 'r':
                    decoded.Append('\r');
                    break;
                case 't':
                    decoded.Append('\t');
                    break;
                case 'u':
                    if (!ReadHex4(text, position, end, out var unit))
                    {
                        return false;
                    }

                    position += 4;
                    if (char.IsHighSurrogate(unit)
                        && position + 6 <= end && text[position] == '\\' && text[position + 1] == 'u'
                        && ReadHex4(text, position + 2, end, out var low) && char.IsLowSurrogate(low))
                    {
                        decoded.Append(unit).Append(low);
                        position += 6;
                    }
                    else
                    {
                        // Go decodes an unpaired surrogate as U+FFFD.
                        decoded.Append(char.IsSurrogate(unit) ? '\uFFFD' : unit);
                    }

                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    private static bool ReadHex4(string text, int position, int end, out char value)
    {
        value = '\0';
        if (position + 4 > end)
        {
            return false;
        }

        var result = 0;
        for (var i = 0; i < 4; i++)
        {
            var c = text[position + i];
            int digit;
            if (c >= '0' && c <= '9')
            {
                digit = c - '0';
            }
            else if (c >= 'a' && c <= 'f')
            {
                digit = c - 'a' + 10;
            }
            else if (c >= 'A' && c <= 'F')
            {
                digit = c - 'A' + 10;
            }
            else
            {
                return false;
            }

            result = (result << 4) | digit;
        }

        value = (char)result;
        return true;
    }

    private static bool ReadLiteralOrNumber(string text, ref int position, int end)
    {
        var c = text[position];
        switch (c)
        {
            case 't':
                return ReadWord(text, ref position, end, "true");
            case 'f':
                return ReadWord(text, ref position, end, "false");
            case 'n':
                return ReadWord(text, ref position, end, "null");
        }

        if (c == '-')
        {
            position++;
        }

        if (position >= end)
        {
            return false;
        }

        if (text[position] == '0')
        {
            position++;
        }
        else if (text[position] >= '1' && text[position] <= '9')
        {
            SkipDigits(text, ref position, end);
        }
        else
        {
            return false;
        }

        if (position < end && text[position] == '.')
        {
            position++;
            if (!SkipDigits(text, ref position, end))
            {
                return false;
            }
        }

        if (position < end && (text[position] == 'e' || text[position] == 'E'))
        {
            position++;
            if (position < end && (text[position] == '+' || text[position] == '-'))
            {
                position++;
            }

            if (!SkipDigits(text, ref position, end))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOutOfRange(string text, int start, int end)
    {
        var c = text[start];
        if (c != '-' && (c < '0' || c > '9'))
        {
            return false;
        }

        return !double.TryParse(text.Substring(start, end - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || double.IsInfinity(value);
    }

    private static bool SkipDigits(string text, ref int position, int end)
    {
        var start = position;
        while (position < end && text[position] >= '0' && text[position] <= '9')
        {
            position++;
        }

        return position > start;
    }

    private static bool ReadWord(string text, ref int position, int end, string word)
    {
        if (end - position < word.Length || string.CompareOrdinal(text, position, word, 0, word.Length) != 0)
        {
            return false;
        }

        position += word.Length;
        return true;
    }
}
