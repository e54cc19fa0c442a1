using System.Linq;
using DockerSecurity.Analysis.Configuration;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Suppressions;

public class SuppressionCommentsTests
{
    [Test]
    public void Ignore_comment_gives_rules_with_their_spans_and_the_reason()
    {
        var comment = Parse("# dks-ignore DKS1002,DKS1003 -- pinned by renovate");
        Assert.Multiple(() =>
        {
            Assert.That(comment!.Scope, Is.EqualTo(SuppressionScope.NextTarget));
            Assert.That(comment.Dialect, Is.EqualTo(SuppressionDialect.DockerSecurity));
            Assert.That(comment.Rules, Is.EqualTo(new[]
            {
                new SuppressionRuleReference("DKS1002", "DKS1002", new SourceSpan(1, 14, 1, 21)),
                new SuppressionRuleReference("DKS1003", "DKS1003", new SourceSpan(1, 22, 1, 29)),
            }));
            Assert.That(comment.Justification, Is.EqualTo("pinned by renovate"));
            Assert.That(comment.Problems, Is.Empty);
            Assert.That(comment.Span, Is.EqualTo(new SourceSpan(1, 1, 1, 51)));
        });
    }

    [TestCase("#dks-ignore DKS1001")]
    [TestCase("# dks-ignore: DKS1001")]
    [TestCase("# dks-ignore=DKS1001")]
    [TestCase("#   DKS-Ignore   dks1001   ")]
    [TestCase("# dks-ignore DKS1001--")]
    [TestCase("\t# dks-ignore\tDKS1001")]
    [TestCase("dks-ignore DKS1001")]
    public void Spacing_case_and_separator_variants_are_understood(string text)
    {
        var comment = Parse(text);
        Assert.Multiple(() =>
        {
            Assert.That(comment!.Rules.Select(r => r.RuleId), Is.EqualTo(new[] { "DKS1001" }));
            Assert.That(comment.Problems, Is.Empty);
            Assert.That(comment.Justification, Is.Null);
        });
    }

    [TestCase("# dks-ignore DKS1001 DKS1002")]
    [TestCase("# dks-ignore DKS1001 , DKS1002")]
    [TestCase("# dks-ignore DKS1001,,DKS1002,")]
    [TestCase("# dks-ignore DKS1001,DKS1002,DKS1001")]
    public void Ids_are_split_by_commas_and_blanks_and_kept_once(string text) =>
        Assert.That(Parse(text)!.Rules.Select(r => r.RuleId), Is.EqualTo(new[] { "DKS1001", "DKS1002" }));

    [Test]
    public void Reason_starts_at_the_first_double_dash_even_without_spaces()
    {
        var comment = Parse("# dks-ignore DKS1001--base image -- owned by the platform team ");
        Assert.Multiple(() =>
        {
            Assert.That(comment!.Rules.Select(r => r.RuleId), Is.EqualTo(new[] { "DKS1001" }));
            Assert.That(comment.Justification, Is.EqualTo("base image -- owned by the platform team"));
        });
    }

    [Test]
    public void Rule_spans_follow_the_comment_start_when_the_hash_is_not_given()
    {
        var comment = SuppressionComments.ParseOne("dks-ignore DKS4003", new SourceSpan(7, 5, 7, 23));
        Assert.That(comment!.Rules.Single().Span, Is.EqualTo(new SourceSpan(7, 16, 7, 23)));
    }

    [Test]
    public void File_wide_comment()
    {
        var comment = Parse("# dks-ignore-file DKS6005 -- single-tier demo");
        Assert.Multiple(() =>
        {
            Assert.That(comment!.Scope, Is.EqualTo(SuppressionScope.File));
            Assert.That(comment.Rules.Single(), Is.EqualTo(new SuppressionRuleReference("DKS6005", "DKS6005", new SourceSpan(1, 19, 1, 26))));
            Assert.That(comment.Justification, Is.EqualTo("single-tier demo"));
        });
    }

    [TestCase("# install the runtime")]
    [TestCase("# not dks-ignore DKS1001: the directive must open the comment")]
    [TestCase("# dks DKS1001")]
    [TestCase("#")]
    [TestCase("")]
    [TestCase("# hadolint shell=bash")]
    [TestCase("# hadolint ignore DL3007")]
    [TestCase("# hadolint ignore=DL3003,SC2086")]
    public void Ordinary_comments_and_foreign_pragmas_are_not_suppressions(string text) =>
        Assert.That(Parse(text), Is.Null);

    [Test]
    public void Misspelt_directive_is_a_problem_at_the_keyword()
    {
        var comment = Parse("# dks-ignore-line DKS1001");
        Assert.Multiple(() =>
        {
            Assert.That(comment!.Rules, Is.Empty);
            Assert.That(comment.Problems, Is.EqualTo(new[]
            {
                new SuppressionProblem("'dks-ignore-line' is not a suppression directive: use 'dks-ignore' (next instruction or node) or 'dks-ignore-file' (whole file).", new SourceSpan(1, 3, 1, 18)),
            }));
        });
    }

    [Test]
    public void Unknown_rule_id_is_a_problem_at_the_id_and_the_known_ones_still_apply()
    {
        var comment = Parse("# dks-ignore DKS9999,dks1001");
        Assert.Multiple(() =>
        {
            Assert.That(comment!.Rules, Is.EqualTo(new[] { new SuppressionRuleReference("DKS1001", "dks1001", new SourceSpan(1, 22, 1, 29)) }));
            Assert.That(comment.Problems, Is.EqualTo(new[] { new SuppressionProblem("Unknown rule ID 'DKS9999' in 'dks-ignore'.", new SourceSpan(1, 14, 1, 21)) }));
        });
    }

    [Test]
    public void Reason_without_double_dash_is_reported_word_by_word()
    {
        var comment = Parse("# dks-ignore DKS1001 legacy");
        Assert.That(comment!.Problems, Is.EqualTo(new[]
        {
            new SuppressionProblem("'legacy' is not a rule ID: write the reason after ' -- ' ('# dks-ignore DKS1001 -- reason').", new SourceSpan(1, 22, 1, 28)),
        }));
    }

    [Test]
    public void Directive_without_ids_is_a_problem_at_the_comment()
    {
        var comment = Parse("# dks-ignore-file -- everything");
        Assert.That(comment!.Problems, Is.EqualTo(new[]
        {
            new SuppressionProblem("'dks-ignore-file' names no rule ID: list the rules it suppresses ('# dks-ignore-file DKS1001 -- reason').", new SourceSpan(1, 1, 1, 32)),
        }));
    }

    [Test]
    public void Infrastructure_rules_about_suppressions_cannot_be_suppressed_by_comments()
    {
        var comment = Parse("# dks-ignore DKS0006");
        Assert.Multiple(() =>
        {
            Assert.That(comment!.Rules, Is.Empty);
            Assert.That(comment.Problems, Is.EqualTo(new[]
            {
                new SuppressionProblem("DKS0006 cannot be suppressed by a comment: set 'dotnet_diagnostic.DKS0006.severity' in .editorconfig instead.", new SourceSpan(1, 14, 1, 21)),
            }));
        });
    }

    [Test]
    public void Hadolint_ignore_maps_to_our_ids_through_the_catalog()
    {
        var comment = Parse("# hadolint ignore=DL3007,DL3008");
        Assert.Multiple(() =>
        {
            Assert.That(comment!.Scope, Is.EqualTo(SuppressionScope.NextTarget));
            Assert.That(comment.Dialect, Is.EqualTo(SuppressionDialect.Hadolint));
            Assert.That(comment.Rules, Is.EqualTo(new[]
            {
                new SuppressionRuleReference("DKS1001", "DL3007", new SourceSpan(1, 19, 1, 25)),
                new SuppressionRuleReference("DKS3004", "DL3008", new SourceSpan(1, 26, 1, 32)),
            }));
        });
    }

    [Test]
    public void Hadolint_ids_of_one_rule_give_it_once_and_unmapped_ids_are_ignored()
    {
        var comment = Parse("# hadolint ignore=DL3006, DL3003, DL3007, SC2086");
        Assert.That(comment!.Rules.Select(r => (r.RuleId, r.WrittenId)), Is.EqualTo(new[] { ("DKS1001", "DL3006") }));
    }

    [Test]
    public void Hadolint_global_ignore_is_file_wide()
    {
        var comment = Parse("# hadolint global ignore=DL3002");
        Assert.Multiple(() =>
        {
            Assert.That(comment!.Scope, Is.EqualTo(SuppressionScope.File));
            Assert.That(comment.Rules.Select(r => r.RuleId), Is.EqualTo(new[] { "DKS2001" }));
        });
    }

    [Test]
    public void Parse_keeps_only_directives_in_order()
    {
        var parsed = SuppressionComments.Parse(new[]
        {
            ("# builder", new SourceSpan(1, 1, 1, 10)),
            ("# dks-ignore DKS1001", new SourceSpan(2, 1, 2, 21)),
            ("# hadolint ignore=DL3020", new SourceSpan(4, 1, 4, 25)),
        });
        Assert.That(parsed.Select(c => (c.Span.StartLine, c.Rules.Single().RuleId)), Is.EqualTo(new[] { (2, "DKS1001"), (4, "DKS3005") }));
    }

    private static SuppressionComment? Parse(string text) =>
        SuppressionComments.ParseOne(text, new SourceSpan(1, 1, 1, text.Length + 1));
}
