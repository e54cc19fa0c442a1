using System.Diagnostics;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Text;

public class WildmatchTests
{
    // Cases from git's wildmatch tests (t/t3070-wildmatch.sh), path mode.
    [TestCase("foo", "foo", true)]
    [TestCase("bar", "foo", false)]
    [TestCase("", "", true)]
    [TestCase("???", "foo", true)]
    [TestCase("??", "foo", false)]
    [TestCase("*", "foo", true)]
    [TestCase("f*", "foo", true)]
    [TestCase("*f", "foo", false)]
    [TestCase("*foo*", "foo", true)]
    [TestCase("*ob*a*r*", "foobar", true)]
    [TestCase("*ab", "aaaaaaabababab", true)]
    [TestCase("foo\\*", "foo*", true)]
    [TestCase("foo\\*bar", "foobar", false)]
    [TestCase("f\\\\oo", "f\\oo", true)]
    [TestCase("*[al]?", "ball", true)]
    [TestCase("[ten]", "ten", false)]
    [TestCase("**[!te]", "ten", true)]
    [TestCase("**[!ten]", "ten", false)]
    [TestCase("t[a-g]n", "ten", true)]
    [TestCase("t[!a-g]n", "ten", false)]
    [TestCase("t[!a-g]n", "ton", true)]
    [TestCase("t[^a-g]n", "ton", true)]
    [TestCase("a[]]b", "a]b", true)]
    [TestCase("a[]-]b", "a-b", true)]
    [TestCase("a[]-]b", "a]b", true)]
    [TestCase("a[]-]b", "aab", false)]
    [TestCase("a[]a-]b", "aab", true)]
    [TestCase("]", "]", true)]
    [TestCase("foo*bar", "foo/baz/bar", false)]
    [TestCase("foo**bar", "foo/baz/bar", false)]
    [TestCase("foo**bar", "foobazbar", true)]
    [TestCase("foo/**/bar", "foo/baz/bar", true)]
    [TestCase("foo/**/**/bar", "foo/baz/bar", true)]
    [TestCase("foo/**/bar", "foo/b/a/z/bar", true)]
    [TestCase("foo/**/bar", "foo/bar", true)]
    [TestCase("foo/**/bar", "foo/bazbar", false)]
    [TestCase("foo?bar", "foo/bar", false)]
    [TestCase("foo[/]bar", "foo/bar", false)]
    [TestCase("f[^eiu][^eiu][^eiu][^eiu][^eiu]r", "foo-bar", true)]
    [TestCase("**/foo", "foo", true)]
    [TestCase("**/foo", "XXX/foo", true)]
    [TestCase("**/foo", "bar/baz/foo", true)]
    [TestCase("*/foo", "bar/baz/foo", false)]
    [TestCase("**/bar*", "foo/bar/baz", false)]
    [TestCase("**/bar/*", "deep/foo/bar/baz", true)]
    [TestCase("**/bar/*", "deep/foo/bar/baz/", false)]
    [TestCase("**/bar/**", "deep/foo/bar/baz/", true)]
    [TestCase("**/bar/*", "deep/foo/bar", false)]
    [TestCase("**/bar/**", "deep/foo/bar/", true)]
    [TestCase("**/bar**", "foo/bar/baz", false)]
    [TestCase("*/bar/**", "foo/bar/baz/x", true)]
    [TestCase("*/bar/**", "deep/foo/bar/baz/x", false)]
    [TestCase("**/bar/*/*", "deep/foo/bar/baz/x", true)]
    [TestCase("a[c-c]st", "acrt", false)]
    [TestCase("a[c-c]rt", "acrt", true)]
    [TestCase("[!]-]", "]", false)]
    [TestCase("[!]-]", "a", true)]
    [TestCase("\\", "", false)]
    [TestCase("*/\\", "/\\", false)]
    [TestCase("*/\\\\", "/\\", true)]
    [TestCase("foo", "foo", true)]
    [TestCase("@foo", "@foo", true)]
    [TestCase("@foo", "foo", false)]
    [TestCase("\\[ab]", "[ab]", true)]
    [TestCase("[[]ab]", "[ab]", true)]
    [TestCase("[[:]ab]", "[ab]", false)]
    [TestCase("[\\[:]ab]", "[ab]", true)]
    [TestCase("\\??\\?b", "?a?b", true)]
    [TestCase("\\a\\b\\c", "abc", true)]
    [TestCase("[[:alpha:]][[:digit:]][[:upper:]]", "a1B", true)]
    [TestCase("[[:digit:][:upper:][:space:]]", "a", false)]
    [TestCase("[[:digit:][:upper:][:space:]]", "A", true)]
    [TestCase("[[:digit:][:upper:][:space:]]", "1", true)]
    [TestCase("[[:digit:][:upper:][:space:]]", " ", true)]
    [TestCase("[a-c[:digit:]x-z]", "5", true)]
    [TestCase("[a-c[:digit:]x-z]", "b", true)]
    [TestCase("[a-c[:digit:]x-z]", "q", false)]
    [TestCase("-*-*-*-*-*-*-12-*-*-*-m-*-*-*", "-adobe-courier-bold-o-normal--12-120-75-75-m-70-iso8859-1", true)]
    [TestCase("-*-*-*-*-*-*-12-*-*-*-m-*-*-*", "-adobe-courier-bold-o-normal--12-120-75-75-X-70-iso8859-1", false)]
    [TestCase("**/*a*b*g*n*t", "abcd/abcdefg/abcdefghijk/abcdefghijklmnop.txt", true)]
    [TestCase("**/*a*b*g*n*t", "abcd/abcdefg/abcdefghijk/abcdefghijklmnop.txtz", false)]
    [TestCase("*/*/*", "foo/bb/aa/rr", false)]
    [TestCase("**/**/**", "foo/bb/aa/rr", true)]
    [TestCase("*X*i", "abcXdefXghi", true)]
    [TestCase("*/*X*/*/*i", "ab/cXd/efXg/hi", true)]
    [TestCase("**/*X*/**/*i", "ab/cXd/efXg/hi", true)]
    public void Matches_like_git_in_path_mode(string pattern, string text, bool expected) =>
        Assert.That(Wildmatch.Compile(pattern)?.IsMatch(text) ?? false, Is.EqualTo(expected));

    [Test]
    public void Unclosed_bracket_never_matches() => Assert.That(Wildmatch.Compile("a[bc"), Is.Null);

    [Test]
    public void Case_folding_is_optional()
    {
        var pattern = Wildmatch.Compile("[A-Z]*.TXT")!;
        Assert.Multiple(() =>
        {
            Assert.That(pattern.IsMatch("readme.txt"), Is.False);
            Assert.That(pattern.IsMatch("readme.txt", ignoreCase: true), Is.True);
        });
    }

    [Test]
    public void Many_stars_run_in_linear_time()
    {
        var pattern = Wildmatch.Compile(string.Concat(System.Linq.Enumerable.Repeat("*a", 200)) + "b")!;
        var text = new string('a', 20_000);
        var watch = Stopwatch.StartNew();
        Assert.That(pattern.IsMatch(text), Is.False);
        Assert.That(watch.Elapsed.TotalSeconds, Is.LessThan(5));
    }
}
