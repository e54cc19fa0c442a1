using System.Collections.Generic;
using System.IO;
using System.Linq;
using DockerSecurity.Analysis.Images;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Documentation;

/// <summary>docs/base-images.md lists every row of the knowledge table in code, with its tag words and users.</summary>
public class BaseImageDocumentationTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "docs", "base-images.md"));

    public static IEnumerable<TestCaseData> Rows() =>
        BaseImageKnowledge.Rows().Select(row => new TestCaseData(row.Trait, row.Image.Name, row.Image.TagWord, row.Image.ExceptTagWords.ToArray(), row.Users.ToArray())
            .SetName($"{row.Trait}: {row.Image}"));

    [TestCaseSource(nameof(Rows))]
    public void Row_is_documented(string trait, string image, string? tagWord, string[] exceptTagWords, string[] users)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Page, Does.Contain("`" + image + "`"), image);
            if (tagWord is not null)
            {
                Assert.That(Page, Does.Contain("+`" + tagWord + "`"), tagWord);
            }

            foreach (var word in exceptTagWords)
            {
                Assert.That(Page, Does.Contain("−`" + word + "`"), word);
            }

            foreach (var user in users)
            {
                Assert.That(Page, Does.Contain("`" + user + "`"), user);
            }
        });
    }

    [Test]
    public void Minimal_tag_words_system_users_and_windows_accounts_are_documented()
    {
        var names = BaseImageKnowledge.MinimalVariantWords.Concat(BaseImageKnowledge.SystemUsers).Concat(BaseImageKnowledge.WindowsUsers);
        Assert.That(names.Where(name => !Page.Contains("`" + name + "`")), Is.Empty);
    }
}
