using System.IO;
using DockerSecurity.Analysis.Shell;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Shell;

/// <summary>
/// Real-world RUN commands, parsed and listed beside an approved listing. On a difference the
/// listing is written as <c>*.received.txt</c> next to the approved one: review it, then rename it.
/// </summary>
public class ApprovedDumpTests
{
    private static string Folder => Path.Combine(SharedFolder.RepositoryRoot, "tests", "DockerSecurity.Analysis.Tests", "Shell", "Approved");

    [TestCase("python-build.run")]
    [TestCase("node-install.run")]
    public void Run_instruction(string file) =>
        Verify(file, ShellScript.Parse(ShellSource.Run(File.ReadAllText(Path.Combine(Folder, file)))));

    [TestCase("risky-heredoc.sh")]
    public void Heredoc_body(string file) =>
        Verify(file, ShellScript.Parse(ShellSource.Lines(File.ReadAllText(Path.Combine(Folder, file)).Replace("\r\n", "\n"), firstLine: 2)));

    private static void Verify(string file, ShellScript script)
    {
        var dump = ShellDump.Of(script);
        var approved = Path.Combine(Folder, file + ".approved.txt");
        var received = Path.Combine(Folder, file + ".received.txt");
        var expected = File.Exists(approved) ? File.ReadAllText(approved).Replace("\r\n", "\n") : null;
        if (dump == expected)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, dump);
        Assert.Fail($"The parse of {file} differs from {approved}; see {received}.");
    }
}
