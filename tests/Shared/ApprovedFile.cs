using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace DockerSecurity.Testing;

/// <summary>
/// Golden files without Verify: the approved output lives beside the test
/// (<c>Name.approved.ext</c>). On a mismatch the actual output is written beside it as
/// <c>Name.received.ext</c> (git-ignored) and the test fails with a line diff; approving a change
/// is copying the received file over the approved one.
/// </summary>
public static class ApprovedFile
{
    private const int ContextLines = 2;
    private const int MaxDiffLines = 80;

    /// <summary>Compares <paramref name="actual"/> with <paramref name="approvedFileName"/> in the calling test's folder (line ends normalised to LF).</summary>
    public static void Verify(string actual, string approvedFileName, [CallerFilePath] string callerFile = "")
    {
        if (!approvedFileName.Contains(".approved.", StringComparison.Ordinal))
        {
            throw new ArgumentException("The name must contain '.approved.', e.g. 'Report.approved.sarif'.", nameof(approvedFileName));
        }

        var folder = Path.GetDirectoryName(callerFile);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            Assert.Fail($"The test's source folder '{folder}' does not exist here (a path-mapped build?); approved files are read from the source tree.");
            return;
        }

        var approvedPath = Path.Combine(folder, approvedFileName);
        var receivedPath = Path.Combine(folder, approvedFileName.Replace(".approved.", ".received.", StringComparison.Ordinal));
        var expected = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        var normalizedActual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected == normalizedActual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalizedActual, new UTF8Encoding(false));
        Assert.Fail(expected is null
            ? $"There is no approved file {approvedPath}. The output was written to {receivedPath}: review it and rename it to approve it."
            : $"The output differs from {approvedPath}. It was written to {receivedPath}; if the change is right, copy it over the approved file.{Environment.NewLine}{Diff(expected, normalizedActual)}");
    }

    /// <summary>A unified-style line diff (LCS), with a little context around each change.</summary>
    public static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<(char Mark, int Line, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add((' ', x + 1, a[x]));
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                lines.Add(('-', x + 1, a[x]));
                x++;
            }
            else
            {
                lines.Add(('+', y + 1, b[y]));
                y++;
            }
        }

        var output = new StringBuilder("--- approved" + Environment.NewLine + "+++ received" + Environment.NewLine);
        var written = 0;
        var lastShown = -1;
        for (var k = 0; k < lines.Count && written < MaxDiffLines; k++)
        {
            var nearChange = false;
            for (var d = Math.Max(0, k - ContextLines); d <= Math.Min(lines.Count - 1, k + ContextLines) && !nearChange; d++)
            {
                nearChange = lines[d].Mark != ' ';
            }

            if (!nearChange)
            {
                continue;
            }

            if (lastShown >= 0 && k > lastShown + 1)
            {
                output.AppendLine("...");
            }

            output.Append(lines[k].Mark).Append(lines[k].Line.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(5)).Append(": ").AppendLine(lines[k].Text);
            lastShown = k;
            written++;
        }

        if (written >= MaxDiffLines)
        {
            output.AppendLine("... (diff truncated)");
        }

        return output.ToString();
    }
}
