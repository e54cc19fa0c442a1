using DockerSecurity.Analysis.Dockerfiles;

namespace DockerSecurity.Analysis.Tests.Dockerfiles;

/// <summary>.dockerignore semantics, with the cases of moby/patternmatcher's own tests (MatchesOrParentMatches).</summary>
public class DockerIgnoreTests
{
    [TestCase("**", "file", true)]
    [TestCase("**", "file/", true)]
    [TestCase("**/", "file", true)]
    [TestCase("**/", "file/", true)]
    [TestCase("**", "/", true)]
    [TestCase("**/", "/", true)]
    [TestCase("**", "dir/file", true)]
    [TestCase("**/", "dir/file", true)]
    [TestCase("**", "dir/file/", true)]
    [TestCase("**/", "dir/file/", true)]
    [TestCase("**/**", "dir/file", true)]
    [TestCase("**/**", "dir/file/", true)]
    [TestCase("dir/**", "dir/file", true)]
    [TestCase("dir/**", "dir/file/", true)]
    [TestCase("dir/**", "dir/dir2/file", true)]
    [TestCase("dir/**", "dir/dir2/file/", true)]
    [TestCase("**/dir", "dir", true)]
    [TestCase("**/dir", "dir/file", true)]
    [TestCase("**/dir2/*", "dir/dir2/file", true)]
    [TestCase("**/dir2/*", "dir/dir2/file/", true)]
    [TestCase("**/dir2/**", "dir/dir2/dir3/file", true)]
    [TestCase("**/dir2/**", "dir/dir2/dir3/file/", true)]
    [TestCase("**file", "file", true)]
    [TestCase("**file", "dir/file", true)]
    [TestCase("**/file", "dir/file", true)]
    [TestCase("**file", "dir/dir/file", true)]
    [TestCase("**/file", "dir/dir/file", true)]
    [TestCase("**/file*", "dir/dir/file", true)]
    [TestCase("**/file*", "dir/dir/file.txt", true)]
    [TestCase("**/file*txt", "dir/dir/file.txt", true)]
    [TestCase("**/file*.txt", "dir/dir/file.txt", true)]
    [TestCase("**/file*.txt*", "dir/dir/file.txt", true)]
    [TestCase("**/**/*.txt", "dir/dir/file.txt", true)]
    [TestCase("**/**/*.txt2", "dir/dir/file.txt", false)]
    [TestCase("**/*.txt", "file.txt", true)]
    [TestCase("**/**/*.txt", "file.txt", true)]
    [TestCase("a**/*.txt", "a/file.txt", true)]
    [TestCase("a**/*.txt", "a/dir/file.txt", true)]
    [TestCase("a**/*.txt", "a/dir/dir/file.txt", true)]
    [TestCase("a/*.txt", "a/dir/file.txt", false)]
    [TestCase("a/*.txt", "a/file.txt", true)]
    [TestCase("a/*.txt**", "a/file.txt", true)]
    [TestCase("a[b-d]e", "ae", false)]
    [TestCase("a[b-d]e", "ace", true)]
    [TestCase("a[b-d]e", "aae", false)]
    [TestCase("a[^b-d]e", "aze", true)]
    [TestCase(".*", ".foo", true)]
    [TestCase(".*", "foo", false)]
    [TestCase("abc.def", "abcdef", false)]
    [TestCase("abc.def", "abc.def", true)]
    [TestCase("abc.def", "abcZdef", false)]
    [TestCase("abc?def", "abcZdef", true)]
    [TestCase("abc?def", "abcdef", false)]
    [TestCase("**/foo/bar", "foo/bar", true)]
    [TestCase("**/foo/bar", "dir/foo/bar", true)]
    [TestCase("**/foo/bar", "dir/dir2/foo/bar", true)]
    [TestCase("abc/**", "abc", false)]
    [TestCase("abc/**", "abc/def", true)]
    [TestCase("abc/**", "abc/def/ghi", true)]
    [TestCase("**/.foo", ".foo", true)]
    [TestCase("**/.foo", "bar.foo", false)]
    [TestCase("a(b)c/def", "a(b)c/def", true)]
    [TestCase("a(b)c/def", "a(b)c/xyz", false)]
    [TestCase("a.|)$(}+{bc", "a.|)$(}+{bc", true)]
    [TestCase("dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true)]
    [TestCase("dist/*.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true)]
    [TestCase("a\\\\", "a\\", true)]
    [TestCase("a\\*b", "a*b", true)]
    public void Moby_patternmatcher_cases(string pattern, string path, bool excluded) =>
        Assert.That(DockerIgnore.Parse(pattern).Excludes(path), Is.EqualTo(excluded));

    [TestCase("abc", "abc", true)]
    [TestCase("*", "abc", true)]
    [TestCase("*c", "abc", true)]
    [TestCase("a*", "a", true)]
    [TestCase("a*", "abc", true)]
    [TestCase("a*", "ab/c", true)]
    [TestCase("a*/b", "abc/b", true)]
    [TestCase("a*/b", "a/c/b", false)]
    [TestCase("a*b*c*d*e*/f", "axbxcxdxe/f", true)]
    [TestCase("a*b*c*d*e*/f", "axbxcxdxexxx/f", true)]
    [TestCase("a*b*c*d*e*/f", "axbxcxdxe/xxx/f", false)]
    [TestCase("a*b*c*d*e*/f", "axbxcxdxexxx/fff", false)]
    [TestCase("a*b?c*x", "abxbbxdbxebxczzx", true)]
    [TestCase("a*b?c*x", "abxbbxdbxebxczzy", false)]
    [TestCase("ab[c]", "abc", true)]
    [TestCase("ab[b-d]", "abc", true)]
    [TestCase("ab[e-g]", "abc", false)]
    [TestCase("ab[^c]", "abc", false)]
    [TestCase("ab[^b-d]", "abc", false)]
    [TestCase("ab[^e-g]", "abc", true)]
    [TestCase("a\\*b", "ab", false)]
    [TestCase("a?b", "a☺b", true)]
    [TestCase("a[^a]b", "a☺b", true)]
    [TestCase("a???b", "a☺b", false)]
    [TestCase("[a-ζ]*", "α", true)]
    [TestCase("*[a-ζ]", "A", false)]
    [TestCase("a?b", "a/b", false)]
    [TestCase("a*b", "a/b", false)]
    [TestCase("[\\]a]", "]", true)]
    [TestCase("[\\-]", "-", true)]
    [TestCase("[x\\-]", "x", true)]
    [TestCase("[x\\-]", "-", true)]
    [TestCase("[x\\-]", "z", false)]
    [TestCase("[\\-x]", "x", true)]
    [TestCase("[\\-x]", "-", true)]
    [TestCase("[\\-x]", "a", false)]
    [TestCase("*x", "xxx", true)]
    public void Go_filepath_match_cases(string pattern, string path, bool excluded) =>
        Assert.That(DockerIgnore.Parse(pattern).Excludes(path), Is.EqualTo(excluded));

    [TestCase("[]a]")]
    [TestCase("[-]")]
    [TestCase("[x-]")]
    [TestCase("[-x]")]
    [TestCase("\\")]
    [TestCase("[a-b-c]")]
    [TestCase("[")]
    [TestCase("[^")]
    [TestCase("[^bc")]
    [TestCase("a[")]
    [TestCase("!")]
    public void Malformed_patterns_are_problems_that_exclude_nothing(string pattern)
    {
        var ignore = DockerIgnore.Parse(pattern);
        Assert.Multiple(() =>
        {
            Assert.That(ignore.Problems, Has.Count.EqualTo(1));
            Assert.That(ignore.Patterns, Is.Empty);
            Assert.That(ignore.Excludes("a"), Is.False);
        });
    }

    [TestCase(new[] { "**", "!util/docker/web" }, "util/docker/web/foo", false)]
    [TestCase(new[] { "**", "!util/docker/web", "util/docker/web/foo" }, "util/docker/web/foo", true)]
    [TestCase(new[] { "**", "!dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl" }, "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", false)]
    [TestCase(new[] { "**", "!dist/*.whl" }, "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", false)]
    [TestCase(new[] { "*.go", "!fileutils.go" }, "fileutils.go", false)]
    [TestCase(new[] { "!fileutils.go", "*.go" }, "fileutils.go", true)]
    [TestCase(new[] { "docs", "!docs/README.md" }, "docs/README.md", false)]
    [TestCase(new[] { "docs/", "!docs/README.md" }, "docs/README.md", false)]
    [TestCase(new[] { "docs/*", "!docs/README.md" }, "docs/README.md", false)]
    [TestCase(new[] { "*", "!src" }, ".git/objects/pack/a.pack", true)]
    [TestCase(new[] { "*", "!src" }, "src/app.cs", false)]
    public void Last_matching_line_wins(string[] lines, string path, bool excluded) =>
        Assert.That(DockerIgnore.Parse(string.Join("\n", lines)).Excludes(path), Is.EqualTo(excluded));

    [Test]
    public void Reader_skips_comments_and_blank_lines_and_normalises_paths()
    {
        var ignore = DockerIgnore.Parse("test1\n/test2\n/a/file/here\n\nlastfile\n# this is a comment\n! /inverted/abs/path\n!\n! \r\n  #not a comment\n./b/../c/\n");
        Assert.Multiple(() =>
        {
            Assert.That(ignore.Patterns, Is.EqualTo(new[] { "test1", "test2", "a/file/here", "lastfile", "!inverted/abs/path", "#not a comment", "c" }));
            Assert.That(ignore.Problems, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void Byte_order_mark_and_crlf_are_ignored()
    {
        var ignore = DockerIgnore.Parse("\uFEFF.git\r\n.env\r\n");
        Assert.That(ignore.Patterns, Is.EqualTo(new[] { ".git", ".env" }));
    }

    [Test]
    public void Patterns_are_relative_to_the_context_root()
    {
        var ignore = DockerIgnore.Parse(".env\n*.pem\n");
        Assert.Multiple(() =>
        {
            Assert.That(ignore.Excludes(".env"), Is.True);
            Assert.That(ignore.Excludes("src/.env"), Is.False);
            Assert.That(ignore.Excludes("key.pem"), Is.True);
            Assert.That(ignore.Excludes("certs/key.pem"), Is.False);
        });
    }

    [Test]
    public void A_folder_pattern_excludes_everything_below_it() =>
        Assert.That(DockerIgnore.Parse(".git").Excludes(".git/objects/pack/a.pack"), Is.True);

    [Test]
    public void The_context_root_itself_is_never_excluded() =>
        Assert.That(DockerIgnore.Parse("*\n**").Excludes("."), Is.False);

    [Test]
    public void Visual_studio_default_excludes_git_history_and_env_but_keeps_git_head()
    {
        var ignore = DockerIgnore.Parse("""
            **/.classpath
            **/.dockerignore
            **/.env
            **/.git
            **/.gitignore
            **/bin
            **/obj
            LICENSE
            README.md
            !**/.gitignore
            !.git/HEAD
            !.git/config
            !.git/packed-refs
            !.git/refs/heads/**
            """);
        Assert.Multiple(() =>
        {
            Assert.That(ignore.Excludes(".git/objects/pack/a.pack"), Is.True);
            Assert.That(ignore.Excludes(".git/HEAD"), Is.False);
            Assert.That(ignore.Excludes("src/Api/.env"), Is.True);
            Assert.That(ignore.Excludes("src/Api/bin/Debug/app.dll"), Is.True);
            Assert.That(ignore.Excludes("src/Api/.gitignore"), Is.False);
        });
    }
}
