using DockerSecurity.Analysis.Configuration;

namespace DockerSecurity.Analysis.Tests.Configuration;

public class ConfigPathTests
{
    [TestCase("/a/b/c.txt", "/a/b/c.txt")]
    [TestCase("/a//b///c.txt", "/a/b/c.txt")]
    [TestCase("/a/./b/../c.txt", "/a/c.txt")]
    [TestCase("/../../a", "/a")]
    [TestCase("/a/b/..", "/a")]
    [TestCase("a/../b", "a/../b")]
    [TestCase("./a", "./a")]
    [TestCase("/a/b/", "/a/b/")]
    [TestCase("", "")]
    public void Paths_are_normalized_as_Roslyn_compares_them(string path, string expected)
    {
        Assert.That(ConfigPath.Normalize(path), Is.EqualTo(expected));
    }

    [TestCase(@"c:\Repo\src\..\Src/Shared\.editorconfig", "C:/Repo/Src/Shared/.editorconfig")]
    [TestCase(@"z:\bogus\.editorconfig", "Z:/bogus/.editorconfig")]
    [TestCase(@"\\server\share\a\\b", "//server/share/a/b")]
    public void Windows_paths_get_forward_slashes_and_an_upper_case_drive(string path, string expected)
    {
        Assume.That(ConfigPath.IsWindows, "Windows path rules");
        Assert.That(ConfigPath.Normalize(path), Is.EqualTo(expected));
    }

    [Test]
    public void Backslash_is_a_file_name_character_outside_Windows()
    {
        Assume.That(ConfigPath.IsWindows, Is.False, "Unix path rules");
        Assert.That(ConfigPath.Normalize(@"/a\b/c"), Is.EqualTo(@"/a\b/c"));
    }

    [TestCase("/bogus/.editorconfig", "/bogus")]
    [TestCase("/.editorconfig", "/")]
    [TestCase("C:/.editorconfig", "C:/")]
    [TestCase(".editorconfig", "")]
    public void Directory_of_a_config_keeps_the_root_slash(string path, string expected)
    {
        Assert.That(ConfigPath.DirectoryOf(path), Is.EqualTo(expected));
    }

    [TestCase("/src/app/Dockerfile", "/src/app", true)]
    [TestCase("/src/app/x/Dockerfile", "/src/app", true)]
    [TestCase("/src/application/Dockerfile", "/src/app", false)]
    [TestCase("/src/app", "/src/app", false)]
    [TestCase("/Dockerfile", "/", true)]
    [TestCase("/Src/app/Dockerfile", "/src/app", false)]
    [TestCase("Dockerfile", "", false)]
    public void A_path_is_below_a_folder_only_at_a_separator(string path, string directory, bool expected)
    {
        Assert.That(ConfigPath.IsBelow(path, directory), Is.EqualTo(expected));
    }
}
