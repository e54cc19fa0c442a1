using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// The inline suppressions of one file, bound to the things they cover. The caller supplies the
/// suppressible targets: whole instruction spans for a Dockerfile, whole key/value pair or sequence
/// item spans for compose. A <see cref="SuppressionScope.NextTarget"/> comment covers the first
/// target that starts on a later line (the widest one when several start there); a comment written
/// after a target on that target's first line (a YAML trailing comment) covers that target instead.
/// A finding is covered when its start lies inside the target. Match every diagnostic of the file
/// with <see cref="TryMatch"/>, then ask <see cref="GetUnusedSuppressions"/>.
/// </summary>
public sealed class SuppressionSet
{
    private readonly SourceSpan?[] targets;
    private readonly HashSet<(int Comment, string RuleId)> used = new();

    public SuppressionSet(string filePath, IReadOnlyList<SuppressionComment> comments, IEnumerable<SourceSpan> targetSpans)
    {
        FilePath = filePath;
        Comments = comments;
        var sorted = targetSpans.OrderBy(t => t.Start).ThenByDescending(t => t.End).ToList();
        targets = comments.Select(c => c.Scope == SuppressionScope.NextTarget ? TargetAfter(c.Span, sorted) : null).ToArray();
        ConfigurationDiagnostics = comments
            .SelectMany(c => c.Problems)
            .Select(p => ConfigurationProblem.At(filePath, p.Span, p.Message))
            .ToList();
    }

    /// <summary>Parses <paramref name="comments"/> (see <see cref="SuppressionComments.Parse"/>) and binds them to <paramref name="targetSpans"/>.</summary>
    public static SuppressionSet Create(string filePath, IEnumerable<(string Text, SourceSpan Span)> comments, IEnumerable<SourceSpan> targetSpans) =>
        new(filePath, SuppressionComments.Parse(comments), targetSpans);

    public string FilePath { get; }

    public IReadOnlyList<SuppressionComment> Comments { get; }

    /// <summary>DKS0005 for every mistake in the comments (unknown rule ID, no ID), at the offending text.</summary>
    public IReadOnlyList<Diagnostic> ConfigurationDiagnostics { get; }

    /// <summary>The span a next-target comment covers; null for file-wide comments and comments that precede nothing.</summary>
    public SourceSpan? TargetOf(SuppressionComment comment)
    {
        for (var i = 0; i < Comments.Count; i++)
        {
            if (ReferenceEquals(Comments[i], comment))
            {
                return targets[i];
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a comment suppresses <paramref name="diagnostic"/>, and which (recorded as used). A
    /// next-target comment wins over a file-wide one, our syntax over hadolint's, then the earlier
    /// comment. DKS0005 and DKS0006 are never suppressed by comments.
    /// </summary>
    public bool TryMatch(Diagnostic diagnostic, [NotNullWhen(true)] out Suppression? suppression)
    {
        suppression = null;
        var best = -1;
        for (var i = 0; i < Comments.Count; i++)
        {
            var comment = Comments[i];
            if (!comment.Rules.Any(r => r.RuleId == diagnostic.Id) || !Covers(i, diagnostic.Span))
            {
                continue;
            }

            if (best < 0 || Rank(comment) < Rank(Comments[best]))
            {
                best = i;
            }
        }

        if (best < 0)
        {
            return false;
        }

        used.Add((best, diagnostic.Id));
        var chosen = Comments[best];
        suppression = new Suppression(SuppressionKind.InSource, chosen.Justification, FilePath, chosen.Span);
        return true;
    }

    /// <summary>
    /// DKS0006 for each of our comments' rules that suppressed nothing: one at the comment when none
    /// of its rules was used, else one at each unused rule ID. Hadolint comments are never reported
    /// (hadolint itself may still need them).
    /// </summary>
    public IReadOnlyList<Diagnostic> GetUnusedSuppressions()
    {
        var unnecessary = new List<Diagnostic>();
        for (var i = 0; i < Comments.Count; i++)
        {
            var comment = Comments[i];
            if (comment.Dialect != SuppressionDialect.DockerSecurity || comment.Rules.Count == 0)
            {
                continue;
            }

            var unused = comment.Rules.Where(r => !used.Contains((i, r.RuleId))).ToList();
            if (unused.Count == comment.Rules.Count)
            {
                unnecessary.Add(Unnecessary(comment.Span, WholeCommentMessage(comment, targets[i], unused)));
            }
            else
            {
                unnecessary.AddRange(unused.Select(r => Unnecessary(r.Span, OneRuleMessage(comment, r))));
            }
        }

        return unnecessary;
    }

    private static SourceSpan? TargetAfter(SourceSpan comment, List<SourceSpan> sorted)
    {
        var trailing = sorted.FirstOrDefault(t => t.StartLine == comment.StartLine && t.StartColumn < comment.StartColumn);
        if (trailing != default)
        {
            return trailing;
        }

        var next = sorted.FirstOrDefault(t => t.StartLine > comment.StartLine);
        return next == default ? null : next;
    }

    private static int Rank(SuppressionComment comment) =>
        (comment.Scope == SuppressionScope.NextTarget ? 0 : 2) + (comment.Dialect == SuppressionDialect.DockerSecurity ? 0 : 1);

    private static string Join(IEnumerable<SuppressionRuleReference> rules) =>
        string.Join(" or ", rules.Select(r => r.RuleId));

    private static string WholeCommentMessage(SuppressionComment comment, SourceSpan? target, IReadOnlyList<SuppressionRuleReference> unused)
    {
        if (comment.Scope == SuppressionScope.File)
        {
            return $"Unnecessary suppression: there is no {Join(unused)} finding in this file; remove the comment.";
        }

        return target is null
            ? "Unnecessary suppression: no instruction or node follows this comment; remove it."
            : $"Unnecessary suppression: there is no {Join(unused)} finding on the instruction or node that follows; remove the comment.";
    }

    private static string OneRuleMessage(SuppressionComment comment, SuppressionRuleReference rule) =>
        comment.Scope == SuppressionScope.File
            ? $"Unnecessary suppression of {rule.RuleId}: there is no such finding in this file; remove it from the list."
            : $"Unnecessary suppression of {rule.RuleId}: there is no such finding on the instruction or node that follows; remove it from the list.";

    private bool Covers(int comment, SourceSpan finding)
    {
        if (Comments[comment].Scope == SuppressionScope.File)
        {
            return true;
        }

        var target = targets[comment];
        if (target is not { } span)
        {
            return false;
        }

        return finding.Start.CompareTo(span.Start) >= 0
            && (finding.Start.CompareTo(span.End) < 0 || finding.Start == span.Start);
    }

    private Diagnostic Unnecessary(SourceSpan span, string message) =>
        new(RuleCatalog.UnnecessarySuppression, FilePath, span, message);
}
