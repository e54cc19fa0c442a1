using System.Text;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Tests.Text;

public class SourceFileReaderTests
{
    [Test]
    public void Utf8_bom_is_removed()
    {
        var result = SourceFileReader.Decode("Dockerfile", new byte[] { 0xEF, 0xBB, 0xBF, (byte)'F' });
        Assert.That(result.File!.Text, Is.EqualTo("F"));
    }

    [Test]
    public void Nul_byte_refuses_the_file_as_binary_at_its_position()
    {
        var result = SourceFileReader.Decode("Dockerfile", Encoding.UTF8.GetBytes("FROM a\nRU\0N"));
        Assert.Multiple(() =>
        {
            Assert.That(result.File, Is.Null);
            Assert.That(result.Refusal, Is.EqualTo("it is a binary file (it contains a NUL byte)"));
            Assert.That(result.RefusalPosition, Is.EqualTo(new SourcePosition(2, 3)));
        });
    }

    [Test]
    public void Invalid_utf8_is_refused_at_the_first_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("FROM é\nRUN x");
        var bad = new byte[bytes.Length + 1];
        bytes.CopyTo(bad, 0);
        bad[bytes.Length] = 0xC3;
        var result = SourceFileReader.Decode("Dockerfile", bad);
        Assert.Multiple(() =>
        {
            Assert.That(result.Refusal, Is.EqualTo("it is not valid UTF-8"));
            Assert.That(result.RefusalPosition, Is.EqualTo(new SourcePosition(2, 6)));
        });
    }

    [Test]
    public void Utf16_is_refused_with_advice()
    {
        var result = SourceFileReader.Decode("Dockerfile", new byte[] { 0xFF, 0xFE, (byte)'F', 0 });
        Assert.That(result.Refusal, Is.EqualTo("it is UTF-16; Docker reads UTF-8, so save it as UTF-8"));
    }
}
