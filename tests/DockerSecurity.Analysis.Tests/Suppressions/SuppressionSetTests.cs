using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Suppressions;

public class SuppressionSetTests
{
    private const string Path = "/repo/src/Dockerfile";

    [Test]
    public void Ignore_applies_to_the_next_instruction_only()
    {
        var set = Dockerfile("""
            # dks-ignore DKS1001 -- base image chosen by the platform team
            FROM python:latest
            FROM node:latest AS web
            """);
        var first = Finding(RuleCatalog.ImageTagMissingOrLatest, 2, 6, 2, 19);
        var second = Finding(RuleCatalog.ImageTagMissingOrLatest, 3, 6, 3, 17);
        Assert.Multiple(() =>
        {
            Assert.That(set.TryMatch(first, out var suppression), Is.True);
            Assert.That(suppression, Is.EqualTo(new Suppression(SuppressionKind.InSource, "base image chosen by the platform team", Path, new SourceSpan(1, 1, 1, 63))));
            Assert.That(set.TryMatch(second, out _), Is.False);
            Assert.That(set.GetUnusedSuppressions(), Is.Empty);
        });
    }

    [Test]
    public void Other_rules_on_the_same_instruction_are_not_suppressed()
    {
        var set = Dockerfile("""
            # dks-ignore DKS1001
            FROM python:3.11-slim
            """);
        Assert.That(set.TryMatch(Finding(RuleCatalog.ImageTagFloats, 2, 6, 2, 22), out _), Is.False);
    }

    [Test]
    public void Ignore_covers_every_line_of_a_multi_line_instruction()
    {
        var set = Dockerfile("""
            FROM debian:12.5-slim
            # dks-ignore DKS3001,DKS3004 -- curl is needed at run time
            RUN apt-get update \
                && apt-get install -y \
                   curl
            RUN apt-get install -y wget
            """);
        Assert.Multiple(() =>
        {
            Assert.That(set.TargetOf(set.Comments[0]), Is.EqualTo(new SourceSpan(3, 1, 5, 12)));
            Assert.That(set.TryMatch(Finding(RuleCatalog.AptInstallRecommends, 4, 8, 4, 22), out _), Is.True);
            Assert.That(set.TryMatch(Finding(RuleCatalog.PackageVersionNotPinned, 5, 8, 5, 12), out _), Is.True);
            Assert.That(set.TryMatch(Finding(RuleCatalog.AptInstallRecommends, 6, 5, 6, 19), out _), Is.False);
        });
    }

    [Test]
    public void Blank_lines_and_other_comments_between_do_not_break_the_link()
    {
        var set = Dockerfile("""
            # dks-ignore DKS1001

            # the runtime image
            FROM python:latest
            """);
        Assert.That(set.TryMatch(Finding(RuleCatalog.ImageTagMissingOrLatest, 4, 6, 4, 19), out _), Is.True);
    }

    [Test]
    public void Comment_inside_a_continued_instruction_applies_to_the_next_instruction()
    {
        var set = Dockerfile("""
            RUN apt-get update \
            # dks-ignore DKS3001
                && apt-get install -y curl
            RUN apt-get install -y wget
            """);
        Assert.Multiple(() =>
        {
            Assert.That(set.TryMatch(Finding(RuleCatalog.AptInstallRecommends, 3, 8, 3, 22), out _), Is.False);
            Assert.That(set.TryMatch(Finding(RuleCatalog.AptInstallRecommends, 4, 5, 4, 19), out _), Is.True);
        });
    }

    [Test]
    public void File_wide_ignore_applies_everywhere_in_the_file_wherever_it_is_written()
    {
        var set = Dockerfile("""
            FROM python:latest
            FROM node:latest
            # dks-ignore-file DKS1001 -- images are pinned by the release pipeline
            """);
        Assert.Multiple(() =>
        {
            Assert.That(set.TryMatch(Finding(RuleCatalog.ImageTagMissingOrLatest, 1, 6, 1, 19), out var first), Is.True);
            Assert.That(set.TryMatch(Finding(RuleCatalog.ImageTagMissingOrLatest, 2, 6, 2, 17), out _), Is.True);
            Assert.That(first!.Justification, Is.EqualTo("images are pinned by the release pipeline"));
            Assert.That(set.TryMatch(Finding(RuleCatalog.ImageTagFloats, 2, 6, 2, 17), out _), Is.False);
        });
    }

    [Test]
    public void Hadolint_ignore_suppresses_the_mapped_rule_on_the_next_instruction()
    {
        var set = Dockerfile("""
            # hadolint ignore=DL3007
            FROM python:latest
            FROM node:latest
            """);
        Assert.Multiple(() =>
        {
            Assert.That(set.TryMatch(Finding(RuleCatalog.ImageTagMissingOrLatest, 2, 6, 2, 19), out var suppression), Is.True);
            Assert.That(suppression, Is.EqualTo(new Suppression(SuppressionKind.InSource, null, Path, new SourceSpan(1, 1, 1, 25))));
            Assert.That(set.TryMatch(Finding(RuleCatalog.ImageTagMissingOrLatest, 3, 6, 3, 17), out _), Is.False);
        });
    }

    [Test]
    public void Hadolint_global_ignore_is_file_wide()
    {
        var set = Dockerfile("""
            # hadolint global ignore=DL3020
            FROM alpine:3.20.1
            COPY a /a
            ADD b /b
            """);
        Assert.That(set.TryMatch(Finding(RuleCatalog.AddInsteadOfCopy, 4, 1, 4, 4), out _), Is.True);
    }

    [Test]
    public void Unused_hadolint_comments_are_never_reported()
    {
        var set = Dockerfile("""
            # hadolint global ignore=DL3008
            # hadolint ignore=DL3007
            FROM python:3.12.4-slim
            """);
        Assert.That(set.GetUnusedSuppressions(), Is.Empty);
    }

    [Test]
    public void Comment_that_suppressed_nothing_is_reported_at_the_comment()
    {
        var set = Dockerfile("""
            FROM python:3.12.4-slim
            # dks-ignore DKS1001,DKS1002 -- not needed any more
            FROM node:22.3.0
            """);
        Assert.That(set.GetUnusedSuppressions(), Is.EqualTo(new[]
        {
            new Diagnostic(RuleCatalog.UnnecessarySuppression, Path, new SourceSpan(2, 1, 2, 52),
                "Unnecessary suppression: there is no DKS1001 or DKS1002 finding on the instruction or node that follows; remove the comment."),
        }));
    }

    [Test]
    public void Partly_used_comment_reports_each_unused_id_at_the_id()
    {
        var set = Dockerfile("""
            # dks-ignore DKS1001,DKS1002
            FROM python:latest
            """);
        set.TryMatch(Finding(RuleCatalog.ImageTagMissingOrLatest, 2, 6, 2, 19), out _);
        Assert.That(set.GetUnusedSuppressions(), Is.EqualTo(new[]
        {
            new Diagnostic(RuleCatalog.UnnecessarySuppression, Path, new SourceSpan(1, 22, 1, 29),
                "Unnecessary suppression of DKS1002: there is no such finding on the instruction or node that follows; remove it from the list."),
        }));
    }

    [Test]
    public void Unused_file_wide_comment_and_comment_before_nothing_are_reported()
    {
        var set = Dockerfile("""
            # dks-ignore-file DKS6001
            FROM python:3.12.4-slim
            # dks-ignore DKS1001
            """);
        Assert.That(set.GetUnusedSuppressions(), Is.EqualTo(new[]
        {
            new Diagnostic(RuleCatalog.UnnecessarySuppression, Path, new SourceSpan(1, 1, 1, 26),
                "Unnecessary suppression: there is no DKS6001 finding in this file; remove the comment."),
            new Diagnostic(RuleCatalog.UnnecessarySuppression, Path, new SourceSpan(3, 1, 3, 21),
                "Unnecessary suppression: no instruction or node follows this comment; remove it."),
        }));
    }

    [Test]
    public void Next_target_comment_wins_over_file_wide_which_is_then_unnecessary()
    {
        var set = Dockerfile("""
            # dks-ignore-file DKS1001 -- file
            # dks-ignore DKS1001 -- line
            FROM python:latest
            """);
        Assert.Multiple(() =>
        {
            Assert.That(set.TryMatch(Finding(RuleCatalog.ImageTagMissingOrLatest, 3, 6, 3, 19), out var suppression), Is.True);
            Assert.That(suppression!.Justification, Is.EqualTo("line"));
            Assert.That(set.GetUnusedSuppressions().Select(d => d.Span), Is.EqualTo(new[] { new SourceSpan(1, 1, 1, 34) }));
        });
    }

    [Test]
    public void Duplicate_comment_for_the_same_instruction_is_unnecessary()
    {
        var set = Dockerfile("""
            # dks-ignore DKS1001
            # dks-ignore DKS1001
            FROM python:latest
            """);
        set.TryMatch(Finding(RuleCatalog.ImageTagMissingOrLatest, 3, 6, 3, 19), out _);
        Assert.That(set.GetUnusedSuppressions().Select(d => d.Span), Is.EqualTo(new[] { new SourceSpan(2, 1, 2, 21) }));
    }

    [Test]
    public void Mistakes_become_dks0005_at_the_offending_text()
    {
        var set = Dockerfile("""
            # dks-ignore DKS1001,DKS1234
            FROM python:latest
            """);
        Assert.That(set.ConfigurationDiagnostics, Is.EqualTo(new[]
        {
            new Diagnostic(RuleCatalog.InvalidConfiguration, Path, new SourceSpan(1, 22, 1, 29), "Unknown rule ID 'DKS1234' in 'dks-ignore'."),
        }));
    }

    [Test]
    public void Compose_comment_above_a_service_covers_the_whole_service()
    {
        // 1 services:
        // 2   # dks-ignore DKS6005,DKS2010 -- demo service
        // 3   web:
        // 4     image: nginx:1.27.0
        // 5     ports: ["8080:80"]
        // 6   db:
        // 7     image: postgres:16.3
        var set = SuppressionSet.Create(
            "/repo/compose.yaml",
            new[] { ("# dks-ignore DKS6005,DKS2010 -- demo service", new SourceSpan(2, 3, 2, 47)) },
            new[]
            {
                new SourceSpan(1, 1, 7, 26),
                new SourceSpan(3, 3, 3, 6),
                new SourceSpan(3, 3, 5, 23),
                new SourceSpan(4, 5, 4, 24),
                new SourceSpan(5, 5, 5, 23),
                new SourceSpan(6, 3, 7, 26),
                new SourceSpan(7, 5, 7, 26),
            });
        Assert.Multiple(() =>
        {
            Assert.That(set.TargetOf(set.Comments[0]), Is.EqualTo(new SourceSpan(3, 3, 5, 23)), "the widest of the targets starting there");
            Assert.That(set.TryMatch(Finding(RuleCatalog.DefaultNetwork, 3, 3, 3, 6), out _), Is.True);
            Assert.That(set.TryMatch(Finding(RuleCatalog.WritableRootFilesystem, 5, 5, 5, 10), out _), Is.True);
            Assert.That(set.TryMatch(Finding(RuleCatalog.DefaultNetwork, 6, 3, 6, 5), out _), Is.False);
        });
    }

    [Test]
    public void Compose_trailing_comment_covers_the_node_on_its_line()
    {
        // 1 services:
        // 2   web:
        // 3     image: nginx:latest  # dks-ignore DKS1001
        // 4     user: root
        var set = SuppressionSet.Create(
            "/repo/compose.yaml",
            new[] { ("# dks-ignore DKS1001", new SourceSpan(3, 27, 3, 47)) },
            new[] { new SourceSpan(1, 1, 4, 15), new SourceSpan(2, 3, 4, 15), new SourceSpan(3, 5, 3, 24), new SourceSpan(4, 5, 4, 15) });
        Assert.Multiple(() =>
        {
            Assert.That(set.TargetOf(set.Comments[0]), Is.EqualTo(new SourceSpan(3, 5, 3, 24)));
            Assert.That(set.TryMatch(Finding(RuleCatalog.ImageTagMissingOrLatest, 3, 12, 3, 24), out _), Is.True);
            Assert.That(set.TryMatch(Finding(RuleCatalog.ImageTagMissingOrLatest, 4, 11, 4, 15), out _), Is.False);
        });
    }

    private static SuppressionSet Dockerfile(string text)
    {
        var layout = DockerfileLayout.Of(text);
        return SuppressionSet.Create(Path, layout.Comments, layout.Instructions);
    }

    private static Diagnostic Finding(RuleDescriptor rule, int line, int column, int endLine, int endColumn) =>
        new(rule, Path, new SourceSpan(line, column, endLine, endColumn), "finding");
}
