using System;
using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// Reads suppression directives out of comments. Accepted forms (keywords case-insensitive, the
/// <c>#</c> optional because callers may strip it):
/// <code>
/// # dks-ignore DKS1002,DKS1003 -- reason     next instruction or YAML node
/// # dks-ignore-file DKS6005 -- reason        whole file
/// #dks-ignore: DKS1002 DKS1003               ':' or '=' after the keyword, IDs split by commas and/or spaces
/// # hadolint ignore=DL3007,DL3008            next instruction, mapped to our IDs
/// # hadolint global ignore=DL3007            whole file
/// </code>
/// The directive must open the comment; the reason follows the first <c>--</c>. Any other word after
/// the keyword is read as a rule ID, so a reason without <c>--</c> is reported (DKS0005) rather than
/// silently swallowed.
/// </summary>
public static class SuppressionComments
{
    private const string IgnoreKeyword = "dks-ignore";
    private const string IgnoreFileKeyword = "dks-ignore-file";

    private static readonly Dictionary<string, IReadOnlyList<string>> RulesByHadolintId = MapHadolintIds();

    /// <summary>
    /// Parses every comment that is a suppression directive and skips the others. Each comment's
    /// text must be its source text from <c>Span.Start</c> on one line (the <c>#</c> may be included
    /// or not), so that the rule IDs' own spans can be computed.
    /// </summary>
    public static IReadOnlyList<SuppressionComment> Parse(IEnumerable<(string Text, SourceSpan Span)> comments)
    {
        var parsed = new List<SuppressionComment>();
        foreach (var (text, span) in comments)
        {
            var comment = ParseOne(text ?? "", span);
            if (comment is not null)
            {
                parsed.Add(comment);
            }
        }

        return parsed;
    }

    /// <summary>The directive in one comment, or null when the comment is an ordinary one.</summary>
    public static SuppressionComment? ParseOne(string text, SourceSpan span)
    {
        var lineEnd = text.IndexOfAny(new[] { '\r', '\n' });
        var line = lineEnd >= 0 ? text.Substring(0, lineEnd) : text;
        var cursor = new Cursor(line, span.Start);
        cursor.SkipBlanks();
        if (cursor.Peek == '#')
        {
            cursor.Advance();
            cursor.SkipBlanks();
        }

        var keywordStart = cursor.Index;
        var keyword = cursor.ReadWord().ToLowerInvariant();
        if (keyword == IgnoreKeyword || keyword == IgnoreFileKeyword)
        {
            var scope = keyword == IgnoreFileKeyword ? SuppressionScope.File : SuppressionScope.NextTarget;
            cursor.SkipBlanks();
            if (cursor.Peek == ':' || cursor.Peek == '=')
            {
                cursor.Advance();
            }

            return ParseOurList(cursor, span, scope, keyword);
        }

        if (keyword.StartsWith(IgnoreKeyword, StringComparison.Ordinal))
        {
            var problem = new SuppressionProblem(
                $"'{cursor.Slice(keywordStart, cursor.Index)}' is not a suppression directive: use '{IgnoreKeyword}' (next instruction or node) or '{IgnoreFileKeyword}' (whole file).",
                cursor.SpanOf(keywordStart, cursor.Index));
            return new SuppressionComment(span, SuppressionScope.NextTarget, SuppressionDialect.DockerSecurity, Array.Empty<SuppressionRuleReference>(), null, new[] { problem });
        }

        if (keyword == "hadolint")
        {
            return ParseHadolint(cursor, span);
        }

        return null;
    }

    private static SuppressionComment ParseOurList(Cursor cursor, SourceSpan span, SuppressionScope scope, string keyword)
    {
        var rules = new List<SuppressionRuleReference>();
        var problems = new List<SuppressionProblem>();
        var justification = ReadList(cursor, (token, tokenSpan) =>
        {
            var id = token.ToUpperInvariant();
            if (RuleCatalog.TryGet(id, out var descriptor))
            {
                if (descriptor == RuleCatalog.InvalidConfiguration || descriptor == RuleCatalog.UnnecessarySuppression)
                {
                    problems.Add(new SuppressionProblem(
                        $"{descriptor.Id} cannot be suppressed by a comment: set 'dotnet_diagnostic.{descriptor.Id}.severity' in .editorconfig instead.",
                        tokenSpan));
                }
                else if (!rules.Any(r => r.RuleId == descriptor.Id))
                {
                    rules.Add(new SuppressionRuleReference(descriptor.Id, token, tokenSpan));
                }
            }
            else if (LooksLikeRuleId(token))
            {
                problems.Add(new SuppressionProblem($"Unknown rule ID '{token}' in '{keyword}'.", tokenSpan));
            }
            else
            {
                problems.Add(new SuppressionProblem(
                    $"'{token}' is not a rule ID: write the reason after ' -- ' ('# {keyword} DKS1001 -- reason').",
                    tokenSpan));
            }
        });

        if (rules.Count == 0 && problems.Count == 0)
        {
            problems.Add(new SuppressionProblem(
                $"'{keyword}' names no rule ID: list the rules it suppresses ('# {keyword} DKS1001 -- reason').",
                span));
        }

        return new SuppressionComment(span, scope, SuppressionDialect.DockerSecurity, rules, justification, problems);
    }

    private static SuppressionComment? ParseHadolint(Cursor cursor, SourceSpan span)
    {
        cursor.SkipBlanks();
        var word = cursor.ReadWord().ToLowerInvariant();
        var scope = SuppressionScope.NextTarget;
        if (word == "global")
        {
            scope = SuppressionScope.File;
            cursor.SkipBlanks();
            word = cursor.ReadWord().ToLowerInvariant();
        }

        cursor.SkipBlanks();
        if (word != "ignore" || cursor.Peek != '=')
        {
            return null;
        }

        cursor.Advance();
        var rules = new List<SuppressionRuleReference>();
        var justification = ReadList(cursor, (token, tokenSpan) =>
        {
            if (!RulesByHadolintId.TryGetValue(token, out var ids))
            {
                return;
            }

            foreach (var id in ids)
            {
                if (!rules.Any(r => r.RuleId == id))
                {
                    rules.Add(new SuppressionRuleReference(id, token, tokenSpan));
                }
            }
        });

        return rules.Count == 0
            ? null
            : new SuppressionComment(span, scope, SuppressionDialect.Hadolint, rules, justification, Array.Empty<SuppressionProblem>());
    }

    /// <summary>Reads tokens split by commas and blanks up to <c>--</c>; returns the justification after it.</summary>
    private static string? ReadList(Cursor cursor, Action<string, SourceSpan> onToken)
    {
        while (true)
        {
            while (cursor.Peek == ',' || IsBlank(cursor.Peek))
            {
                cursor.Advance();
            }

            if (cursor.AtEnd)
            {
                return null;
            }

            if (cursor.StartsWith("--"))
            {
                var reason = cursor.Rest.Substring(2).Trim();
                return reason.Length == 0 ? null : reason;
            }

            var start = cursor.Index;
            while (!cursor.AtEnd && cursor.Peek != ',' && !IsBlank(cursor.Peek) && !cursor.StartsWith("--"))
            {
                cursor.Advance();
            }

            onToken(cursor.Slice(start, cursor.Index), cursor.SpanOf(start, cursor.Index));
        }
    }

    private static bool LooksLikeRuleId(string token)
    {
        var i = 0;
        while (i < token.Length && char.IsLetter(token[i]))
        {
            i++;
        }

        var letters = i;
        while (i < token.Length && token[i] >= '0' && token[i] <= '9')
        {
            i++;
        }

        return letters > 0 && i > letters && i == token.Length;
    }

    private static bool IsBlank(char c) => c == ' ' || c == '\t';

    private static Dictionary<string, IReadOnlyList<string>> MapHadolintIds()
    {
        var map = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in RuleCatalog.All.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            foreach (var hadolintId in descriptor.HadolintIds)
            {
                if (!map.TryGetValue(hadolintId, out var ids))
                {
                    map[hadolintId] = ids = new List<string>();
                }

                ids.Add(descriptor.Id);
            }
        }

        return map.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A read position in one comment line that knows its source position.</summary>
    private sealed class Cursor
    {
        private readonly string text;
        private readonly SourcePosition origin;

        public Cursor(string text, SourcePosition origin)
        {
            this.text = text;
            this.origin = origin;
        }

        public int Index { get; private set; }

        public bool AtEnd => Index >= text.Length;

        public char Peek => AtEnd ? '\0' : text[Index];

        public string Rest => text.Substring(Index);

        public void Advance() => Index++;

        public bool StartsWith(string value) => string.CompareOrdinal(text, Index, value, 0, value.Length) == 0;

        public void SkipBlanks()
        {
            while (IsBlank(Peek))
            {
                Index++;
            }
        }

        /// <summary>Letters, digits, '-' and '_': a directive keyword.</summary>
        public string ReadWord()
        {
            var start = Index;
            while (!AtEnd && (char.IsLetterOrDigit(text[Index]) || text[Index] == '-' || text[Index] == '_'))
            {
                Index++;
            }

            return text.Substring(start, Index - start);
        }

        public string Slice(int start, int end) => text.Substring(start, end - start);

        public SourceSpan SpanOf(int start, int end) =>
            new(origin.Line, origin.Column + start, origin.Line, origin.Column + end);
    }
}
