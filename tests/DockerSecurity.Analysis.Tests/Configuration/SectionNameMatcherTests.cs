using System.Collections.Generic;
using DockerSecurity.Analysis.Configuration;

namespace DockerSecurity.Analysis.Tests.Configuration;

/// <summary>
/// Section globs against paths relative to the .editorconfig folder (they always start with '/'),
/// with the cases of Roslyn's EditorConfigTests "Section Matching Tests".
/// </summary>
public class SectionNameMatcherTests
{
    private static IEnumerable<TestCaseData> Matches()
    {
        // (section name, relative path, expected)
        object[][] table =
        {
            new object[] { "abc", "/abc", true },
            new object[] { "abc", "/aabc", false },
            new object[] { "abc", "/ abc", false },
            new object[] { "abc", "/cabc", false },
            new object[] { "abc", "/sub/dir/abc", true },
            new object[] { "*", "/abc", true },
            new object[] { "*", "/123", true },
            new object[] { "*", "/abc/123", true },
            new object[] { "*.cs", "/abc.cs", true },
            new object[] { "*.cs", "/123.cs", true },
            new object[] { "*.cs", "/dir/subpath.cs", true },
            new object[] { "*.cs", "/dir\\subpath.cs", true },
            new object[] { "*.cs", "/abc.vb", false },
            new object[] { "**.cs", "/abc.cs", true },
            new object[] { "**.cs", "/dir/subpath.cs", true },
            new object[] { "...", "/...", true },
            new object[] { "...", "/subdir/...", true },
            new object[] { "...", "/aaa", false },
            new object[] { "...", "/???", false },
            new object[] { "ab?def", "/abcdef", true },
            new object[] { "ab?def", "/ab?def", true },
            new object[] { "ab?def", "/abzdef", true },
            new object[] { "ab?def", "/ab/def", true },
            new object[] { "ab?def", "/ab\\def", true },
            new object[] { "ab\\\\c", "/ab\\c", true },
            new object[] { "ab\\\\c", "/ab/c", false },
            new object[] { "ab\\\\c", "/ab\\\\c", false },
            new object[] { "\\***\\*\\**", "/*ab/cd**efg*", true },
            new object[] { "\\***\\*\\**", "/ab/cd**efg*", false },
            new object[] { "\\***\\*\\**", "/*ab/cd*efg*", false },
            new object[] { "\\***\\*\\**", "/*ab/cd**ef/gh", false },
            new object[] { "\\??\\?*\\??", "/?a?cde?f", true },
            new object[] { "\\??\\?*\\??", "/???????f", true },
            new object[] { "\\??\\?*\\??", "/aaaaaaaa", false },
            new object[] { "\\??\\?*\\??", "/aa?cde?f", false },
            new object[] { "\\??\\?*\\??", "/?a?cdexf", false },
            new object[] { "\\??\\?*\\??", "/?axcde?f", false },
            new object[] { "abc\\{\\}def", "/abc{}def", true },
            new object[] { "abc\\{\\}def", "/subdir/abc{}def", true },
            new object[] { "abc\\{\\}def", "/abcdef", false },
            new object[] { "abc\\{\\}def", "/abc}{def", false },
            new object[] { "abc\\,def", "/abc,def", true },
            new object[] { "abc\\,def", "/subdir/abc,def", true },
            new object[] { "abc\\,def", "/abcdef", false },
            new object[] { "abc\\,def", "/abc\\,def", false },
            new object[] { "*.{cs,vb,fs}", "/abc.cs", true },
            new object[] { "*.{cs,vb,fs}", "/abc.vb", true },
            new object[] { "*.{cs,vb,fs}", "/subdir/abc.fs", true },
            new object[] { "*.{cs,vb,fs}", "/abcxcs", false },
            new object[] { "*.{cs,vb,fs}", "/subdir/abcxfs", false },
            new object[] { "{*.cs,subdir/test.vb}", "/test.cs", true },
            new object[] { "{*.cs,subdir/test.vb}", "/subdir/test.vb", true },
            new object[] { "{*.cs,subdir/test.vb}", "/subdir/test.cs", false },
            new object[] { "{*.cs,subdir/test.vb}", "/subdir/subdir/test.vb", false },
            new object[] { "{*.cs,subdir/test.vb}", "/test.vb", false },
            new object[] { "{}", "/", true },
            new object[] { "{}", "/subdir/", true },
            new object[] { "{}", "/.", false },
            new object[] { "{}", "/anything", false },
            new object[] { "{*.cs}", "/test.cs", true },
            new object[] { "{*.cs}", "/subdir/test.cs", true },
            new object[] { "{*.cs}", "test.vb", false },
            new object[] { "{test{.cs,.vb},other.{a{bb,cc}}}", "/test.cs", true },
            new object[] { "{test{.cs,.vb},other.{a{bb,cc}}}", "/subdir/test.vb", true },
            new object[] { "{test{.cs,.vb},other.{a{bb,cc}}}", "/other.abb", true },
            new object[] { "{test{.cs,.vb},other.{a{bb,cc}}}", "/other.acc", true },
            new object[] { "{test{.cs,.vb},other.{a{bb,cc}}}", "/test.fs", false },
            new object[] { "{test{.cs,.vb},other.{a{bb,cc}}}", "/other.bbb", false },
            new object[] { "{test{.cs,.vb},other.{a{bb,cc}}}", "/subdir/other.ccc", false },
            new object[] { "ab{-}cd{-,}ef", "/ab-cd-ef", true },
            new object[] { "ab{-}cd{-,}ef", "/ab-cdef", true },
            new object[] { "ab{-}cd{-,}ef", "/abcdef", false },
            new object[] { "ab{-}cd{-,}ef", "/ab--cd-ef", false },
            new object[] { "ab{cs,vb,fs}cd", "/abcscd", true },
            new object[] { "ab{cs,vb,fs}cd", "/abfscd", true },
            new object[] { "ab{cs,vb,fs}cd", "/abcs", false },
            new object[] { "ab{cs,vb,fs}cd", "/vbcd", false },
            new object[] { "{0..10}", "/0", true },
            new object[] { "{0..10}", "/10", true },
            new object[] { "{0..10}", "/5", true },
            new object[] { "{0..10}", "/000005", true },
            new object[] { "{0..10}", "/-1", false },
            new object[] { "{0..10}", "/-00000001", false },
            new object[] { "{0..10}", "/11", false },
            new object[] { "{10..0}", "/5", true },
            new object[] { "{10..0}", "/11", false },
            new object[] { "{-10..0}", "/0", true },
            new object[] { "{-10..0}", "/-10", true },
            new object[] { "{-10..0}", "/-5", true },
            new object[] { "{-10..0}", "/1", false },
            new object[] { "{-10..0}", "/-11", false },
            new object[] { "{-10..0}", "/--0", false },
            new object[] { "{0..-10}", "/-5", true },
            new object[] { "{-10..10}", "/-10", true },
            new object[] { "{-10..10}", "/10", true },
            new object[] { "{-10..10}", "/11", false },
            new object[] { "a{-10..0}b{0..10}", "/a0b0", true },
            new object[] { "a{-10..0}b{0..10}", "/a-5b10", true },
            new object[] { "a{-10..0}b{0..10}", "/a-0b-0", true },
            new object[] { "a{-10..0}b{0..10}", "/a-11b10", false },
            new object[] { "a{-10..0}b{0..10}", "/a-10b11", false },
            new object[] { "a{0..-10}b{10..0}", "/a-10b0", true },
            new object[] { "{0..}", "/0..", true },
            new object[] { "{0..}", "/0", false },
            new object[] { "{0..}", "/0.", false },
            new object[] { "{0..A}", "/0..A", true },
            new object[] { "{0..A}", "/0", false },
            new object[] { "*.[cf]s", "/abc.cs", true },
            new object[] { "*.[cf]s", "/abc.fs", true },
            new object[] { "*.[cf]s", "/abc.vs", false },
            new object[] { "*.[!cf]s", "/abc.cs", false },
            new object[] { "*.[!cf]s", "/abc.vs", true },
            new object[] { "*.[!cf]s", "/abc.xs", true },
            new object[] { "*.[!cf]s", "/abc.vxs", false },
            new object[] { "*.[^cf]s", "/abc.cs", true },
            new object[] { "*.[^cf]s", "/abc.^s", true },
            new object[] { "*.[^cf]s", "/abc.vs", false },
            new object[] { "[0-9]x", "/0x", true },
            new object[] { "[0-9]x", "/9x", true },
            new object[] { "[0-9]x", "/yx", false },
            new object[] { "[0-9]x", "/00x", false },
            new object[] { "[!0-9]x", "/0x", false },
            new object[] { "[!0-9]x", "/yx", true },
            new object[] { "[ab0-9]x", "/bx", true },
            new object[] { "[ab0-9]x", "/1x", true },
            new object[] { "[ab0-9]x", "/yx", false },
            new object[] { "[ab0-9]x", "/0ax", false },
            new object[] { "[[a]bc", "/abc", true },
            new object[] { "[[a]bc", "/[bc", true },
            new object[] { "[[a]bc", "/bc", false },
            new object[] { "[-ac]bd", "/-bd", true },
            new object[] { "[-ac]bd", "/bbd", false },
            new object[] { "[ac-]bd", "/-bd", true },
            new object[] { "[ac-]bd", "/cbd", true },
            new object[] { "[ab]]cd", "/a]cd", true },
            new object[] { "[ab]]cd", "/acd", false },
            new object[] { "[ab\\\\]cd", "/\\cd", true },
            new object[] { "[ab\\\\]cd", "/dcd", false },
            new object[] { "ab\\[cd", "/ab[cd", true },
            new object[] { "ab\\[cd", "/ab[[cd", false },

            // Our own files: the name without '/' matches in any folder below; with '/', only there.
            new object[] { "Dockerfile", "/Dockerfile", true },
            new object[] { "Dockerfile", "/services/api/Dockerfile", true },
            new object[] { "Dockerfile", "/services/api/Dockerfile.prod", false },
            new object[] { "Dockerfile", "/dockerfile", false },
            new object[] { "Dockerfile*", "/src/Dockerfile.prod", true },
            new object[] { "*.Dockerfile", "/src/api.Dockerfile", true },
            new object[] { "{docker-,}compose*.{yml,yaml}", "/deploy/docker-compose.override.yml", true },
            new object[] { "{docker-,}compose*.{yml,yaml}", "/compose.yaml", true },
            new object[] { "{docker-,}compose*.{yml,yaml}", "/docker-compose.json", false },
            new object[] { "services/Dockerfile", "/services/Dockerfile", true },
            new object[] { "services/Dockerfile", "/x/services/Dockerfile", false },
            new object[] { "/Dockerfile", "/Dockerfile", true },
            new object[] { "/Dockerfile", "/sub/Dockerfile", false },
            // Roslyn's quirk: "**/" needs at least one folder, because the name has a '/' and so is anchored as "/**/Dockerfile".
            new object[] { "**/Dockerfile", "/Dockerfile", false },
            new object[] { "**/Dockerfile", "/a/b/Dockerfile", true },
            new object[] { "services/*/Dockerfile", "/services/api/Dockerfile", true },
            new object[] { "services/*/Dockerfile", "/services/api/v2/Dockerfile", false },
            new object[] { "services/**/Dockerfile", "/services/api/v2/Dockerfile", true },
            new object[] { "Dockerfile.v{1..3}", "/Dockerfile.v2", true },
            new object[] { "Dockerfile.v{1..3}", "/Dockerfile.v4", false },
        };
        foreach (var row in table)
        {
            yield return new TestCaseData(row[0], row[1]).Returns(row[2]).SetName($"[{row[0]}] on {row[1]} is {((bool)row[2] ? "a match" : "no match")}");
        }
    }

    [TestCaseSource(nameof(Matches))]
    public bool Section_name_matches_as_in_Roslyn(string sectionName, string relativePath)
    {
        var matcher = SectionNameMatcher.TryCreate(sectionName, out var error);
        Assert.That(matcher, Is.Not.Null, error);
        return matcher!.IsMatch(relativePath);
    }

    [TestCase("abc", @"^.*/abc$")]
    [TestCase("*", @"^.*/[^/]*$")]
    [TestCase("*.cs", @"^.*/[^/]*\.cs$")]
    [TestCase("**.cs", @"^.*/.*\.cs$")]
    [TestCase("ab?def", @"^.*/ab.def$")]
    [TestCase(@"\***\*\**", @"^.*/\*.*\*\*[^/]*$")]
    [TestCase(@"abc\{\}def", @"^.*/abc\{}def$")]
    [TestCase("{*.cs,subdir/test.vb}", @"^/(?:[^/]*\.cs|subdir/test\.vb)$")]
    [TestCase("{}", @"^.*/(?:)$")]
    [TestCase("{test{.cs,.vb},other.{a{bb,cc}}}", @"^.*/(?:test(?:\.cs|\.vb)|other\.(?:a(?:bb|cc)))$")]
    [TestCase("*.[!cf]s", @"^.*/[^/]*\.[^cf]s$")]
    [TestCase("*.[^cf]s", @"^.*/[^/]*\.[\^cf]s$")]
    [TestCase("[[a]bc", @"^.*/[\[a]bc$")]
    [TestCase(@"[ab\\]cd", @"^.*/[ab\\]cd$")]
    [TestCase("sub/*.yml", @"^/sub/[^/]*\.yml$")]
    [TestCase("/Dockerfile", @"^/Dockerfile$")]
    public void Section_name_compiles_to_Roslyns_regex(string sectionName, string expected)
    {
        Assert.That(SectionNameMatcher.TryCreate(sectionName, out _)!.Pattern, Is.EqualTo(expected));
    }

    [TestCase(@"abc\", "it ends with a '\\' that escapes nothing")]
    [TestCase("{{{{}}", "a '{' is never closed")]
    [TestCase("abc,def", "a ',' is outside braces (write {a,b}, or \\, for a comma)")]
    [TestCase("abc}", "a '}' has no matching '{'")]
    [TestCase("{0..", "a '{' is never closed")]
    [TestCase("{0..4294967295}", "the number range {0..4294967295} does not fit in 32-bit integers")]
    [TestCase("[", "a '[' is never closed")]
    [TestCase(@"[\]", "a '[' is never closed")]
    [TestCase(@"[\", "a '[' is never closed")]
    [TestCase("{test.*", "a '{' is never closed")]
    public void Invalid_section_name_has_no_matcher_and_says_why(string sectionName, string expectedError)
    {
        var matcher = SectionNameMatcher.TryCreate(sectionName, out var error);
        Assert.Multiple(() =>
        {
            Assert.That(matcher, Is.Null);
            Assert.That(error, Is.EqualTo(expectedError));
        });
    }

    [TestCase("*.[z-a]")]
    [TestCase("[]")]
    public void Character_class_that_no_regex_accepts_is_invalid_instead_of_throwing(string sectionName)
    {
        var matcher = SectionNameMatcher.TryCreate(sectionName, out var error);
        Assert.Multiple(() =>
        {
            Assert.That(matcher, Is.Null);
            Assert.That(error, Does.StartWith("its character class is not valid ("));
        });
    }
}
