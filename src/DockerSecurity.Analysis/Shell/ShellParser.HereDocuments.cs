namespace DockerSecurity.Analysis.Shell;

internal sealed partial class ShellParser
{
    /// <summary>Reads the bodies of the here-documents opened on the line that just ended.</summary>
    private void ReadHereDocuments()
    {
        var pending = _pendingHereDocuments.ToArray();
        _pendingHereDocuments.Clear();
        foreach (var document in pending)
        {
            ReadHereDocument(document);
        }
    }

    private void ReadHereDocument(PendingHereDocument pending)
    {
        var redirection = pending.Redirection;
        var document = redirection.HereDocument!;
        var bodyStart = _pos;
        var bodyEnd = -1;
        var after = _end;
        for (var lineStart = _pos; lineStart < _end;)
        {
            var lineEnd = _text.IndexOf('\n', lineStart, _end - lineStart);
            if (lineEnd < 0)
            {
                lineEnd = _end;
            }

            if (IsDelimiterLine(lineStart, lineEnd, document))
            {
                bodyEnd = lineStart;
                after = lineEnd < _end ? lineEnd + 1 : _end;
                break;
            }

            lineStart = lineEnd + 1;
        }

        if (bodyEnd < 0)
        {
            bodyEnd = _end;
            Report($"the here-document is not closed: no line is '{document.Delimiter}'", redirection.Span);
        }

        var builder = new WordBuilder { IsQuoted = document.IsQuoted };
        var savedEnd = _end;
        var savedOwner = _wordOwner;
        _end = bodyEnd;
        _pos = bodyStart;
        _wordOwner = pending.Owner;
        ReadHereDocumentText(builder, document);
        _wordOwner = savedOwner;
        _end = savedEnd;
        document.Body = builder.Build(_map, bodyStart, bodyEnd);
        _pos = after;
    }

    private bool IsDelimiterLine(int lineStart, int lineEnd, ShellHereDocument document)
    {
        if (document.StripsTabs)
        {
            while (lineStart < lineEnd && _text[lineStart] == '\t')
            {
                lineStart++;
            }
        }

        if (lineEnd > lineStart && _text[lineEnd - 1] == '\r')
        {
            lineEnd--;
        }

        return lineEnd - lineStart == document.Delimiter.Length
            && string.CompareOrdinal(_text, lineStart, document.Delimiter, 0, document.Delimiter.Length) == 0;
    }

    /// <summary>The body: literal when the delimiter is quoted, otherwise with expansions (and the commands in them).</summary>
    private void ReadHereDocumentText(WordBuilder builder, ShellHereDocument document)
    {
        var lineStart = true;
        while (!AtEnd)
        {
            var c = _text[_pos];
            if (lineStart && document.StripsTabs && c == '\t')
            {
                _pos++;
                continue;
            }

            lineStart = c == '\n';
            if (document.IsQuoted || IsFromOuterExpansion(_pos))
            {
                builder.Append(c, _pos, IsFromOuterExpansion(_pos));
                _pos++;
                continue;
            }

            switch (c)
            {
                case '\\' when CharAt(_pos + 1) is '$' or '`' or '\\':
                    builder.Append(_text[_pos + 1], _pos + 1);
                    _pos += 2;
                    break;
                case '\\' when CharAt(_pos + 1) == '\n':
                    _pos += 2;
                    break;
                case '$':
                    ReadDollar(builder, inDoubleQuotes: true);
                    break;
                case '`':
                    ReadBackquoted(builder, inDoubleQuotes: false);
                    break;
                default:
                    builder.Append(c, _pos);
                    _pos++;
                    break;
            }
        }
    }
}
