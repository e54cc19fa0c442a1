using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Reporting;

public class SarifArtifactUriTests
{
    [TestCase("/repo/src/Dockerfile", "/repo", "src/Dockerfile", "%SRCROOT%")]
    [TestCase("/repo/src/Dockerfile", "/repo/", "src/Dockerfile", "%SRCROOT%")]
    [TestCase("/repo/a b/Dockerfile#1", "/repo", "a%20b/Dockerfile%231", "%SRCROOT%")]
    [TestCase("/repo/x:y/compose.yaml", "/repo", "x%3Ay/compose.yaml", "%SRCROOT%")]
    [TestCase("/repo/caf\u00e9/Dockerfile", "/repo", "caf%C3%A9/Dockerfile", "%SRCROOT%")]
    [TestCase("/repo/./src//../Dockerfile", "/repo", "Dockerfile", "%SRCROOT%")]
    [TestCase(@"C:\work\repo\src\Dockerfile", @"C:\Work\Repo", "src/Dockerfile", "%SRCROOT%")]
    [TestCase("src/Dockerfile", "/repo", "src/Dockerfile", "%SRCROOT%")]
    [TestCase("src/Dockerfile", null, "src/Dockerfile", null)]
    [TestCase("../src/Dockerfile", null, "../src/Dockerfile", null)]
    [TestCase("/repo/Dockerfile", "/", "repo/Dockerfile", "%SRCROOT%")]
    [TestCase("/repository/Dockerfile", "/repo", "file:///repository/Dockerfile", null)]
    [TestCase("/other/Dockerfile", "/repo", "file:///other/Dockerfile", null)]
    [TestCase("/repo/Dockerfile", null, "file:///repo/Dockerfile", null)]
    [TestCase("../outside/Dockerfile", "/repo", "file:///outside/Dockerfile", null)]
    [TestCase(@"D:\other\Dockerfile", @"C:\repo", "file:///D:/other/Dockerfile", null)]
    [TestCase(@"\\server\share\my app\Dockerfile", @"C:\repo", "file://server/share/my%20app/Dockerfile", null)]
    public void Uri_is_relative_to_srcroot_inside_the_repository_and_absolute_outside(string path, string? root, string uri, string? baseId) =>
        Assert.That(SarifArtifactUri.For(path, root), Is.EqualTo((uri, baseId)));

    [TestCase("/repo", "file:///repo/")]
    [TestCase("/repo/", "file:///repo/")]
    [TestCase("/my repo", "file:///my%20repo/")]
    [TestCase(@"C:\src\repo", "file:///C:/src/repo/")]
    [TestCase("/", "file:///")]
    public void Root_uri_is_absolute_and_ends_with_a_slash(string root, string expected) =>
        Assert.That(SarifArtifactUri.RootUri(root), Is.EqualTo(expected));

    [TestCase("src/./a/../Dockerfile", "src/Dockerfile")]
    [TestCase("../x", "../x")]
    [TestCase("/../x", "/x")]
    [TestCase(@"C:\a\..\..\b", "C:/b")]
    [TestCase(".", ".")]
    public void Normalize_resolves_dot_segments_without_climbing_above_a_root(string path, string expected) =>
        Assert.That(RepositoryPath.Normalize(path), Is.EqualTo(expected));
}
