using System;
using System.IO;
using System.Text;

namespace DockerSecurity.Analysis.Text;

/// <summary>
/// Reads a Docker file as Docker would: UTF-8, with or without a BOM. Anything else (too large,
/// binary, UTF-16, invalid UTF-8, unreadable) is refused with a reason and the best location,
/// which the caller reports as DKS0004.
/// </summary>
public static class SourceFileReader
{
    /// <summary>Larger files are not Docker files anyone writes by hand; reading them would only slow the build.</summary>
    public const int DefaultMaxBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceFileReadResult Read(string path, int maxBytes = DefaultMaxBytes)
    {
        byte[] bytes;
        try
        {
            var info = TrackedFileSystem.FileInfo(path);
            if (!info.Exists)
            {
                return SourceFileReadResult.Refused("the file does not exist", null);
            }

            if (info.Length > maxBytes)
            {
                return SourceFileReadResult.Refused(string.Format(System.Globalization.CultureInfo.InvariantCulture, "it is {0:N0} bytes, over the {1:N0}-byte limit", info.Length, maxBytes), null);
            }

            bytes = TrackedFileSystem.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return SourceFileReadResult.Refused($"it cannot be read ({exception.Message})", null);
        }

        return Decode(path, bytes);
    }

    public static SourceFileReadResult Decode(string path, byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return SourceFileReadResult.Refused("it is UTF-16; Docker reads UTF-8, so save it as UTF-8", new SourcePosition(1, 1));
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var nul = Array.IndexOf(bytes, (byte)0, start);
        if (nul >= 0)
        {
            return SourceFileReadResult.Refused("it is a binary file (it contains a NUL byte)", PositionOfByte(bytes, start, nul));
        }

        try
        {
            return SourceFileReadResult.Read(new SourceFile(path, StrictUtf8.GetString(bytes, start, bytes.Length - start)));
        }
        catch (DecoderFallbackException exception)
        {
            var offset = exception.Index >= 0 ? start + exception.Index : start;
            return SourceFileReadResult.Refused("it is not valid UTF-8", PositionOfByte(bytes, start, Math.Min(offset, bytes.Length - 1)));
        }
    }

    /// <summary>Line and column of a byte, counting the valid UTF-8 before it as characters.</summary>
    private static SourcePosition PositionOfByte(byte[] bytes, int start, int offset)
    {
        var line = 1;
        var column = 1;
        for (var i = start; i < offset; i++)
        {
            var b = bytes[i];
            if (b == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((b & 0xC0) != 0x80)
            {
                column += b >= 0xF0 ? 2 : 1;
            }
        }

        return new SourcePosition(line, column);
    }
}

/// <summary>Either the file, or why it was refused and where (null when the whole file is at fault).</summary>
public sealed class SourceFileReadResult
{
    private SourceFileReadResult(SourceFile? file, string? refusal, SourcePosition? position)
    {
        File = file;
        Refusal = refusal;
        RefusalPosition = position;
    }

    public SourceFile? File { get; }

    public string? Refusal { get; }

    public SourcePosition? RefusalPosition { get; }

    public static SourceFileReadResult Read(SourceFile file) => new(file, null, null);

    public static SourceFileReadResult Refused(string reason, SourcePosition? position) => new(null, reason, position);
}
