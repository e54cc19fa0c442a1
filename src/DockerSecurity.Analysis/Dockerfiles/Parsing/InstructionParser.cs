using System;
using System.Collections.Generic;
using System.Text;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles.Parsing;

/// <summary>
/// Turns one assembled instruction line into an <see cref="Instruction"/>, splitting its arguments
/// per keyword exactly as Docker's line parsers do (buildkit parser/line_parsers.go,
/// split_command.go), and keeping the source span of every piece.
/// </summary>
internal sealed class InstructionParser
{
    // ONBUILD ONBUILD ... is refused by Docker later anyway; the bound keeps recursion shallow.
    private const int MaxOnBuildDepth = 8;

    private readonly char _escape;
    private readonly List<JsonArray.Element> _json = new();

    public InstructionParser(char escape)
    {
        _escape = escape;
    }

    /// <summary>Docker's newNodeFromLine over <c>line[start..end)</c>.</summary>
    public Instruction? Parse(MappedText line, int start, int end, out DockerfileParseError? error) =>
        Parse(line, start, end, 0, out error);

    private Instruction? Parse(MappedText line, int start, int end, int depth, out DockerfileParseError? error)
    {
        error = null;
        var text = line.Text;
        GoText.TrimSpace(text, ref start, ref end);
        var span = line.GetSpan(start, end - start);

        var keywordEnd = start;
        while (keywordEnd < end && !GoText.IsSeparator(text[keywordEnd]))
        {
            keywordEnd++;
        }

        var rawKeyword = text.Substring(start, keywordEnd - start);
        var keywordSpan = line.GetSpan(start, keywordEnd - start);
        var flags = new List<InstructionFlag>();
        var restStart = end;
        var restEnd = end;
        if (keywordEnd < end)
        {
            var flagsStart = keywordEnd;
            while (flagsStart < end && GoText.IsSeparator(text[flagsStart]))
            {
                flagsStart++;
            }

            restStart = ExtractFlags(line, flagsStart, end, flags);
            GoText.TrimSpace(text, ref restStart, ref restEnd);
        }

        var arguments = new List<InstructionArgument>();
        var keyValues = new List<KeyValueArgument>();
        var isExecForm = false;
        MappedText? commandText = null;
        Instruction? onBuild = null;
        var keyword = rawKeyword.ToUpperInvariant();
        switch (keyword)
        {
            case InstructionKeywords.Add:
            case InstructionKeywords.Copy:
            case InstructionKeywords.Volume:
                if (!ParseMaybeJsonToList(line, restStart, restEnd, arguments, out isExecForm, out error))
                {
                    return null;
                }

                break;
            case InstructionKeywords.Run:
            case InstructionKeywords.Cmd:
            case InstructionKeywords.Entrypoint:
            case InstructionKeywords.Shell:
                if (!ParseMaybeJson(line, restStart, restEnd, arguments, out isExecForm, out commandText, out error))
                {
                    return null;
                }

                break;
            case InstructionKeywords.Arg:
                ParseNameOrNameValue(line, restStart, restEnd, arguments, keyValues);
                break;
            case InstructionKeywords.Env:
            case InstructionKeywords.Label:
                if (!ParseNameValue(line, restStart, restEnd, keyword, arguments, keyValues, out error))
                {
                    return null;
                }

                break;
            case InstructionKeywords.Expose:
            case InstructionKeywords.From:
                SplitOnWhiteSpace(line, restStart, restEnd, arguments);
                break;
            case InstructionKeywords.Healthcheck:
                if (!ParseHealthcheck(line, restStart, restEnd, arguments, out isExecForm, out commandText, out error))
                {
                    return null;
                }

                break;
            case InstructionKeywords.Maintainer:
            case InstructionKeywords.StopSignal:
            case InstructionKeywords.User:
            case InstructionKeywords.Workdir:
                if (restEnd > restStart)
                {
                    arguments.Add(Argument(line, restStart, restEnd));
                }

                break;
            case InstructionKeywords.Onbuild:
                if (restEnd > restStart)
                {
                    if (depth >= MaxOnBuildDepth)
                    {
                        error = new DockerfileParseError("ONBUILD instructions nested too deeply", line.GetSpan(restStart, restEnd - restStart));
                        return null;
                    }

                    onBuild = Parse(line, restStart, restEnd, depth + 1, out error);
                    if (onBuild is null)
                    {
                        return null;
                    }
                }

                break;
            default:
                // Docker ignores the arguments of an instruction it does not know; they are kept for rules.
                if (restEnd > restStart)
                {
                    arguments.Add(Argument(line, restStart, restEnd));
                }

                break;
        }

        var instructionText = start == 0 && end == line.Length ? line : line.Slice(start, end - start);
        return new Instruction(keyword, rawKeyword, keywordSpan, span, instructionText, flags, arguments, keyValues, isExecForm, commandText, onBuild);
    }

    private static InstructionArgument Argument(MappedText line, int start, int end) =>
        new(line.Text.Substring(start, end - start), line.GetSpan(start, end - start));

    /// <summary>Docker's extractBuilderFlags: leading <c>--name=value</c> words; returns where the arguments start.</summary>
    private static int ExtractFlags(MappedText line, int start, int end, List<InstructionFlag> flags)
    {
        var text = line.Text;
        var word = new StringBuilder();
        var inWord = false;
        var inQuote = false;
        var quote = '\0';
        var blankOk = false;
        var wordStart = 0;
        var valueStart = -1;
        var valueOffset = -1;
        for (var position = start; position <= end; position++)
        {
            var ch = position != end ? text[position] : '\0';
            if (!inWord && !inQuote)
            {
                if (position == end)
                {
                    break;
                }

                if (GoText.IsSpace(ch))
                {
                    continue;
                }

                if (ch != '-' || position + 1 == end || text[position + 1] != '-')
                {
                    return position;
                }

                inWord = true;
                wordStart = position;
                valueStart = -1;
                valueOffset = -1;
            }

            if (position == end)
            {
                if (word.ToString() != "--" && (blankOk || word.Length > 0))
                {
                    flags.Add(Flag(line, word.ToString(), wordStart, end, valueStart, valueOffset));
                }

                break;
            }

            if (inWord)
            {
                if (GoText.IsSpace(ch))
                {
                    inWord = false;
                    var value = word.ToString();
                    if (value == "--")
                    {
                        return position;
                    }

                    if (blankOk || word.Length > 0)
                    {
                        flags.Add(Flag(line, value, wordStart, position, valueStart, valueOffset));
                    }

                    word.Clear();
                    blankOk = false;
                    continue;
                }

                if (ch == '\'' || ch == '"')
                {
                    quote = ch;
                    blankOk = true;
                    inWord = false;
                    inQuote = true;
                    continue;
                }

                if (ch == '\\')
                {
                    if (position + 1 == end)
                    {
                        continue;
                    }

                    position++;
                    ch = text[position];
                }

                AppendFlagChar(word, ch, position, ref valueStart, ref valueOffset);
                continue;
            }

            if (ch == quote)
            {
                inQuote = false;
                inWord = true;
                continue;
            }

            if (ch == '\\')
            {
                if (position + 1 == end)
                {
                    inQuote = false;
                    inWord = true;
                    continue;
                }

                position++;
                ch = text[position];
            }

            AppendFlagChar(word, ch, position, ref valueStart, ref valueOffset);
        }

        return end;
    }

    /// <summary>Appends to a flag word, noting where its value starts (after its first <c>=</c>).</summary>
    private static void AppendFlagChar(StringBuilder word, char ch, int position, ref int valueStart, ref int valueOffset)
    {
        if (ch == '=' && valueOffset < 0)
        {
            valueStart = position + 1;
            valueOffset = word.Length + 1;
        }

        word.Append(ch);
    }

    private static InstructionFlag Flag(MappedText line, string text, int start, int end, int valueStart, int valueOffset)
    {
        var nameStart = text.StartsWith("--", StringComparison.Ordinal) ? 2 : 0;
        if (valueOffset < 0)
        {
            return new InstructionFlag(text, text.Substring(nameStart), null, line.GetSpan(start, end - start), null);
        }

        var name = text.Substring(nameStart, Math.Max(0, valueOffset - 1 - nameStart));
        var value = text.Substring(valueOffset);
        var valueSpan = line.GetSpan(valueStart, Math.Max(0, end - valueStart));
        return new InstructionFlag(text, name, value, line.GetSpan(start, end - start), valueSpan);
    }

    /// <summary>Docker's parseStringsWhitespaceDelimited: split on runs of <c>[\t\v\f\r ]</c>.</summary>
    private static void SplitOnWhiteSpace(MappedText line, int start, int end, List<InstructionArgument> arguments)
    {
        if (start >= end)
        {
            return;
        }

        var text = line.Text;
        var wordStart = start;
        var position = start;
        while (true)
        {
            while (position < end && !GoText.IsSeparator(text[position]))
            {
                position++;
            }

            arguments.Add(Argument(line, wordStart, position));
            if (position >= end)
            {
                return;
            }

            while (position < end && GoText.IsSeparator(text[position]))
            {
                position++;
            }

            wordStart = position;
        }
    }

    /// <summary>Docker's parseMaybeJSONToList: JSON strings, or words.</summary>
    private bool ParseMaybeJsonToList(MappedText line, int start, int end, List<InstructionArgument> arguments, out bool isJson, out DockerfileParseError? error)
    {
        isJson = false;
        switch (ReadJson(line, start, end, arguments, out error))
        {
            case JsonArray.Outcome.Strings:
                isJson = true;
                return true;
            case JsonArray.Outcome.NotStrings:
                return false;
            default:
                SplitOnWhiteSpace(line, start, end, arguments);
                return true;
        }
    }

    /// <summary>Docker's parseMaybeJSON: JSON strings, or the whole text as one shell command.</summary>
    private bool ParseMaybeJson(MappedText line, int start, int end, List<InstructionArgument> arguments, out bool isJson, out MappedText? command, out DockerfileParseError? error)
    {
        isJson = false;
        command = null;
        error = null;
        if (start >= end)
        {
            return true;
        }

        switch (ReadJson(line, start, end, arguments, out error))
        {
            case JsonArray.Outcome.Strings:
                isJson = true;
                return true;
            case JsonArray.Outcome.NotStrings:
                return false;
            default:
                command = line.Slice(start, end - start);
                arguments.Add(new InstructionArgument(command.Text, line.GetSpan(start, end - start)));
                return true;
        }
    }

    private JsonArray.Outcome ReadJson(MappedText line, int start, int end, List<InstructionArgument> arguments, out DockerfileParseError? error)
    {
        error = null;
        var text = line.Text;
        while (start < end && GoText.IsSpace(text[start]))
        {
            start++;
        }

        var outcome = JsonArray.Read(text, start, end, _json, out var offender);
        if (outcome == JsonArray.Outcome.Strings)
        {
            foreach (var element in _json)
            {
                arguments.Add(new InstructionArgument(element.Value, line.GetSpan(element.Start, element.End - element.Start)));
            }
        }
        else if (outcome == JsonArray.Outcome.NotStrings)
        {
            error = new DockerfileParseError(
                "when using JSON array syntax, arrays must be comprised of strings only",
                line.GetSpan(offender.Start, offender.End - offender.Start));
        }

        return outcome;
    }

    /// <summary>Docker's parseHealthConfig: the type word (CMD, NONE), then a command like CMD's.</summary>
    private bool ParseHealthcheck(MappedText line, int start, int end, List<InstructionArgument> arguments, out bool isJson, out MappedText? command, out DockerfileParseError? error)
    {
        isJson = false;
        command = null;
        error = null;
        var text = line.Text;
        var separator = start;
        while (separator < end && !GoText.IsSpace(text[separator]))
        {
            separator++;
        }

        if (separator == start)
        {
            return true;
        }

        var next = separator;
        while (next < end && GoText.IsSpace(text[next]))
        {
            next++;
        }

        arguments.Add(Argument(line, start, separator));
        if (!ParseMaybeJson(line, next, end, arguments, out isJson, out command, out error))
        {
            return false;
        }

        if (!string.Equals(arguments[0].Value, "CMD", StringComparison.OrdinalIgnoreCase))
        {
            command = null;
        }

        return true;
    }

    /// <summary>Docker's parseWords: words split on white space, quotes and escapes kept; returns (start, end) of each.</summary>
    private List<(int Start, int End)> ParseWords(string text, int start, int end)
    {
        var words = new List<(int Start, int End)>();
        var inWord = false;
        var inQuote = false;
        var quote = '\0';
        var blankOk = false;
        var wordStart = 0;
        var wordEnd = 0;
        var ch = '\0';
        for (var position = start; position <= end; position++)
        {
            if (position != end)
            {
                ch = text[position];
            }

            if (!inWord && !inQuote)
            {
                if (position == end)
                {
                    break;
                }

                if (GoText.IsSpace(ch))
                {
                    continue;
                }

                inWord = true;
                wordStart = position;
                wordEnd = position;
            }

            if (position == end)
            {
                if (blankOk || wordEnd > wordStart)
                {
                    words.Add((wordStart, wordEnd));
                }

                break;
            }

            if (inWord)
            {
                if (GoText.IsSpace(ch))
                {
                    inWord = false;
                    if (blankOk || wordEnd > wordStart)
                    {
                        words.Add((wordStart, wordEnd));
                    }

                    blankOk = false;
                    continue;
                }

                if (ch == '\'' || ch == '"')
                {
                    quote = ch;
                    blankOk = true;
                    inWord = false;
                    inQuote = true;
                }

                if (ch == _escape)
                {
                    if (position + 1 == end)
                    {
                        continue;
                    }

                    position++;
                    ch = text[position];
                }

                wordEnd = position + 1;
                continue;
            }

            if (ch == quote)
            {
                inQuote = false;
                inWord = true;
            }

            if (ch == _escape && quote != '\'')
            {
                if (position + 1 == end)
                {
                    inQuote = false;
                    inWord = true;
                    continue;
                }

                position++;
                ch = text[position];
            }

            wordEnd = position + 1;
        }

        return words;
    }

    /// <summary>Docker's parseNameOrNameVal (ARG): words, each <c>name</c> or <c>name=value</c>.</summary>
    private void ParseNameOrNameValue(MappedText line, int start, int end, List<InstructionArgument> arguments, List<KeyValueArgument> pairs)
    {
        foreach (var (wordStart, wordEnd) in ParseWords(line.Text, start, end))
        {
            arguments.Add(Argument(line, wordStart, wordEnd));
            pairs.Add(Pair(line, wordStart, wordEnd, allowMissingValue: true));
        }
    }

    /// <summary>Docker's parseNameVal (ENV, LABEL): <c>key value</c> (legacy) or <c>key=value ...</c>.</summary>
    private bool ParseNameValue(MappedText line, int start, int end, string keyword, List<InstructionArgument> arguments, List<KeyValueArgument> pairs, out DockerfileParseError? error)
    {
        error = null;
        var text = line.Text;
        var words = ParseWords(text, start, end);
        if (words.Count == 0)
        {
            return true;
        }

        if (text.IndexOf('=', words[0].Start, words[0].End - words[0].Start) < 0)
        {
            var keyEnd = start;
            while (keyEnd < end && !GoText.IsSeparator(text[keyEnd]))
            {
                keyEnd++;
            }

            if (keyEnd >= end)
            {
                error = new DockerfileParseError(keyword + " must have two arguments", line.GetSpan(start, end - start));
                return false;
            }

            var valueStart = keyEnd;
            while (valueStart < end && GoText.IsSeparator(text[valueStart]))
            {
                valueStart++;
            }

            arguments.Add(Argument(line, start, keyEnd));
            arguments.Add(Argument(line, valueStart, end));
            pairs.Add(new KeyValueArgument(
                text.Substring(start, keyEnd - start),
                line.GetSpan(start, keyEnd - start),
                text.Substring(valueStart, end - valueStart),
                line.GetSpan(valueStart, end - valueStart),
                line.GetSpan(start, end - start),
                isLegacyForm: true));
            return true;
        }

        foreach (var (wordStart, wordEnd) in words)
        {
            if (text.IndexOf('=', wordStart, wordEnd - wordStart) < 0)
            {
                error = new DockerfileParseError(
                    "Syntax error - can't find = in " + GoText.Quote(text.Substring(wordStart, wordEnd - wordStart)) + ". Must be of the form: name=value",
                    line.GetSpan(wordStart, wordEnd - wordStart));
                return false;
            }

            arguments.Add(Argument(line, wordStart, wordEnd));
            pairs.Add(Pair(line, wordStart, wordEnd, allowMissingValue: false));
        }

        return true;
    }

    private static KeyValueArgument Pair(MappedText line, int start, int end, bool allowMissingValue)
    {
        var text = line.Text;
        var equals = text.IndexOf('=', start, end - start);
        if (equals < 0 && allowMissingValue)
        {
            return new KeyValueArgument(text.Substring(start, end - start), line.GetSpan(start, end - start), null, null, line.GetSpan(start, end - start), isLegacyForm: false);
        }

        return new KeyValueArgument(
            text.Substring(start, equals - start),
            line.GetSpan(start, equals - start),
            text.Substring(equals + 1, end - equals - 1),
            line.GetSpan(equals + 1, end - equals - 1),
            line.GetSpan(start, end - start),
            isLegacyForm: false);
    }
}
