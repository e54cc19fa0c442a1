using System;
using System.IO;

namespace DockerSecurity.Testing;

/// <summary>
/// The project's sibling folder <c>../shared</c> (design, seeds, conformance corpora). Tests read
/// it in place; a fresh clone has none, and then those tests are skipped with the reason.
/// </summary>
public static class SharedFolder
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string? Path
    {
        get
        {
            var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    /// <summary>The absolute path of <paramref name="relative"/> in ../shared, or the test is skipped, saying why.</summary>
    public static string Require(string relative)
    {
        var root = Path;
        if (root is null)
        {
            Assert.Ignore($"../shared is absent next to {RepositoryRoot} (a fresh clone): the conformance data it holds is read in place, never copied.");
        }

        var full = System.IO.Path.Combine(root!, relative);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            Assert.Ignore($"../shared/{relative} is absent.");
        }

        return full;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "DockerSecurity.Build.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("DockerSecurity.Build.sln not found above " + AppContext.BaseDirectory);
    }
}
