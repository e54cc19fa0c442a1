using System.Collections.Generic;
using System.IO;
using DockerSecurity.Analysis.Text;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Text;

/// <summary>The examples of git's gitignore documentation, and the rules it states.</summary>
public class GitIgnoreTests
{
    private static GitIgnore Root(string gitignore) => GitIgnore.FromTexts(new Dictionary<string, string> { [""] = gitignore });

    [TestCase("hello.txt", false, true)]
    [TestCase("a/hello.java", false, true)]
    [TestCase("a/hello", false, false)]
    public void Name_pattern_matches_at_any_depth(string path, bool isFolder, bool ignored) =>
        Assert.That(Root("hello.*").IsIgnored(path, isFolder), Is.EqualTo(ignored));

    [TestCase("hello.txt", true)]
    [TestCase("hello.c", true)]
    [TestCase("a/hello.java", false)]
    public void Leading_slash_anchors_to_the_folder_of_the_gitignore(string path, bool ignored) =>
        Assert.That(Root("/hello.*").IsIgnored(path, false), Is.EqualTo(ignored));

    [TestCase("foo", true, true)]
    [TestCase("foo", false, false)]
    [TestCase("foo/x.txt", false, true)]
    [TestCase("a/foo/x.txt", false, true)]
    public void Trailing_slash_matches_folders_and_what_is_below_them(string path, bool isFolder, bool ignored) =>
        Assert.That(Root("foo/").IsIgnored(path, isFolder), Is.EqualTo(ignored));

    [TestCase("doc/frotz")]
    [TestCase("/doc/frotz")]
    public void Middle_slash_anchors_with_or_without_a_leading_slash(string pattern)
    {
        var rules = Root(pattern);
        Assert.Multiple(() =>
        {
            Assert.That(rules.IsIgnored("doc/frotz", false), Is.True);
            Assert.That(rules.IsIgnored("a/doc/frotz", false), Is.False);
        });
    }

    [TestCase("foo/test.json", false, true)]
    [TestCase("foo/bar", true, true)]
    [TestCase("foo/bar/hello.c", false, true)] // inside the ignored folder foo/bar
    public void Star_does_not_cross_slashes(string path, bool isFolder, bool ignored) =>
        Assert.That(Root("foo/*").IsIgnored(path, isFolder), Is.EqualTo(ignored));

    [Test]
    public void Star_alone_does_not_match_a_deeper_file_whose_folder_is_not_matched() =>
        Assert.That(GitIgnore.FromTexts(new Dictionary<string, string> { [""] = "foo/*\n!foo/bar/\n" }).IsIgnored("foo/bar/hello.c", false), Is.False);

    [TestCase("**/foo", "foo", true)]
    [TestCase("**/foo", "x/y/foo", true)]
    [TestCase("**/foo/bar", "x/foo/bar", true)]
    [TestCase("**/foo/bar", "foo/bar", true)]
    [TestCase("**/foo/bar", "foo/x/bar", false)]
    [TestCase("abc/**", "abc/x", true)]
    [TestCase("abc/**", "abc/x/y/z", true)]
    [TestCase("abc/**", "x/abc/y", false)]
    [TestCase("a/**/b", "a/b", true)]
    [TestCase("a/**/b", "a/x/b", true)]
    [TestCase("a/**/b", "a/x/y/b", true)]
    [TestCase("a/**/b", "a/xb", false)]
    public void Double_stars(string pattern, string path, bool ignored) =>
        Assert.That(Root(pattern).IsIgnored(path, false), Is.EqualTo(ignored));

    [Test]
    public void Exclude_everything_except_foo_bar()
    {
        var rules = Root("""
            # exclude everything except directory foo/bar
            /*
            !/foo
            /foo/*
            !/foo/bar
            """);
        Assert.Multiple(() =>
        {
            Assert.That(rules.IsIgnored("readme.md", false), Is.True);
            Assert.That(rules.IsIgnored("foo/other.txt", false), Is.True);
            Assert.That(rules.IsIgnored("foo/bar/keep.txt", false), Is.False);
        });
    }

    [Test]
    public void A_file_cannot_be_re_included_when_its_folder_is_excluded() =>
        Assert.That(Root("build/\n!build/keep.txt\n").IsIgnored("build/keep.txt", false), Is.True);

    [Test]
    public void Negation_re_includes_a_file_excluded_earlier()
    {
        var rules = Root("*.log\n!important.log\n");
        Assert.Multiple(() =>
        {
            Assert.That(rules.IsIgnored("debug.log", false), Is.True);
            Assert.That(rules.IsIgnored("important.log", false), Is.False);
        });
    }

    [Test]
    public void Last_matching_line_wins() =>
        Assert.That(Root("!secret.txt\nsecret.txt\n").IsIgnored("secret.txt", false), Is.True);

    [Test]
    public void Comments_blank_lines_and_escapes()
    {
        var rules = Root("# comment.txt\n\n\\#hash.txt\n\\!bang.txt\ntrailing.txt   \nspace\\ \n");
        Assert.Multiple(() =>
        {
            Assert.That(rules.IsIgnored("comment.txt", false), Is.False);
            Assert.That(rules.IsIgnored("# comment.txt", false), Is.False);
            Assert.That(rules.IsIgnored("#hash.txt", false), Is.True);
            Assert.That(rules.IsIgnored("!bang.txt", false), Is.True);
            Assert.That(rules.IsIgnored("trailing.txt", false), Is.True);
            Assert.That(rules.IsIgnored("space ", false), Is.True);
            Assert.That(rules.IsIgnored("space", false), Is.False);
        });
    }

    [Test]
    public void Deeper_gitignore_overrides_a_higher_one()
    {
        var rules = GitIgnore.FromTexts(new Dictionary<string, string>
        {
            [""] = "*.txt\n",
            ["deploy"] = "!keep.txt\n",
            ["deploy/secrets"] = "/local.txt\n",
        });
        Assert.Multiple(() =>
        {
            Assert.That(rules.IsIgnored("notes.txt", false), Is.True);
            Assert.That(rules.IsIgnored("deploy/keep.txt", false), Is.False);
            Assert.That(rules.IsIgnored("deploy/sub/keep.txt", false), Is.False);
            Assert.That(rules.IsIgnored("deploy/secrets/local.txt", false), Is.True);
            Assert.That(rules.IsIgnored("deploy/secrets/x/local.md", false), Is.False);
        });
    }

    [Test]
    public void Patterns_of_a_nested_gitignore_are_relative_to_its_folder()
    {
        var rules = GitIgnore.FromTexts(new Dictionary<string, string> { ["deploy"] = "secrets/db.txt\n" });
        Assert.Multiple(() =>
        {
            Assert.That(rules.IsIgnored("deploy/secrets/db.txt", false), Is.True);
            Assert.That(rules.IsIgnored("secrets/db.txt", false), Is.False);
        });
    }

    [Test]
    public void Info_exclude_applies_below_the_gitignore_files()
    {
        var rules = GitIgnore.FromTexts(new Dictionary<string, string> { [""] = "!local.env\n" }, exclude: "*.env\n");
        Assert.Multiple(() =>
        {
            Assert.That(rules.IsIgnored("prod.env", false), Is.True);
            Assert.That(rules.IsIgnored("local.env", false), Is.False);
        });
    }

    [Test]
    public void Case_is_significant_unless_the_repository_ignores_it()
    {
        var files = new Dictionary<string, string> { [""] = "Secrets/\n" };
        Assert.Multiple(() =>
        {
            Assert.That(GitIgnore.FromTexts(files).IsIgnored("secrets/a.txt", false), Is.False);
            Assert.That(GitIgnore.FromTexts(files, ignoreCase: true).IsIgnored("secrets/a.txt", false), Is.True);
        });
    }

    [Test]
    public void Repository_on_disk_with_info_exclude_and_ignorecase()
    {
        var root = TestFolder.Create();
        Directory.CreateDirectory(Path.Combine(root, ".git", "info"));
        File.WriteAllText(Path.Combine(root, ".git", "info", "exclude"), "*.key\n");
        File.WriteAllText(Path.Combine(root, ".git", "config"), "[core]\n\tbare = false\n\tignorecase = true\n");
        File.WriteAllText(Path.Combine(root, ".gitignore"), "Secrets/\n");
        Directory.CreateDirectory(Path.Combine(root, "deploy", "secrets"));

        var found = GitIgnore.FindRepositoryRoot(Path.Combine(root, "deploy", "secrets", "missing-folder"));
        var rules = GitIgnore.ForRepository(found!);
        Assert.Multiple(() =>
        {
            Assert.That(found, Is.EqualTo(root));
            Assert.That(rules.IsIgnoredPath(Path.Combine(root, "deploy", "secrets", "db.txt"), false), Is.True);
            Assert.That(rules.IsIgnoredPath(Path.Combine(root, "tls.key"), false), Is.True);
            Assert.That(rules.IsIgnoredPath(Path.Combine(root, "deploy", "db.txt"), false), Is.False);
            Assert.That(rules.IsIgnoredPath(Path.Combine(Path.GetTempPath(), "elsewhere.key"), false), Is.False);
        });
    }

    [Test]
    public void Linked_worktree_reads_info_exclude_of_the_common_git_folder()
    {
        var main = TestFolder.Create();
        var worktreeGit = Path.Combine(main, ".git", "worktrees", "wt");
        Directory.CreateDirectory(worktreeGit);
        Directory.CreateDirectory(Path.Combine(main, ".git", "info"));
        File.WriteAllText(Path.Combine(main, ".git", "info", "exclude"), "db_password.txt\n");
        File.WriteAllText(Path.Combine(worktreeGit, "commondir"), "../..\n");
        var worktree = TestFolder.Create();
        File.WriteAllText(Path.Combine(worktree, ".git"), "gitdir: " + worktreeGit + "\n");

        var rules = GitIgnore.ForRepository(GitIgnore.FindRepositoryRoot(worktree)!);
        Assert.That(rules.IsIgnoredPath(Path.Combine(worktree, "secrets", "db_password.txt"), false), Is.True);
    }

    [Test]
    public void Folder_outside_any_repository_has_no_root() =>
        Assert.That(GitIgnore.FindRepositoryRoot(Path.Combine(Path.GetPathRoot(Path.GetTempPath())!, "no-such-folder", "x")), Is.Null);
}
