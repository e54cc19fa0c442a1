using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Shell;

/// <summary>The test helper itself must build what the Dockerfile parser builds, or every span test is wrong.</summary>
public class ShellSourceTests
{
    [Test]
    public void Run_removes_continuations_and_maps_each_character()
    {
        var text = ShellSource.Run("RUN a \\\n  b\\  \n# note\n\n c");
        Assert.Multiple(() =>
        {
            Assert.That(text.Text, Is.EqualTo("a   b c"));
            Assert.That(text.PositionAt(0), Is.EqualTo(new SourcePosition(1, 5)));
            Assert.That(text.PositionAt(2), Is.EqualTo(new SourcePosition(2, 1)));
            Assert.That(text.PositionAt(4), Is.EqualTo(new SourcePosition(2, 3)));
            Assert.That(text.PositionAt(5), Is.EqualTo(new SourcePosition(5, 1)));
            Assert.That(text.PositionAt(6), Is.EqualTo(new SourcePosition(5, 2)));
            Assert.That(text.PositionAt(7), Is.EqualTo(new SourcePosition(5, 3)));
        });
    }

    [Test]
    public void Lines_keeps_newlines()
    {
        var text = ShellSource.Lines("ab\ncd", firstLine: 3);
        Assert.Multiple(() =>
        {
            Assert.That(text.PositionAt(2), Is.EqualTo(new SourcePosition(3, 3)));
            Assert.That(text.PositionAt(3), Is.EqualTo(new SourcePosition(4, 1)));
            Assert.That(text.PositionAt(5), Is.EqualTo(new SourcePosition(4, 3)));
        });
    }
}
