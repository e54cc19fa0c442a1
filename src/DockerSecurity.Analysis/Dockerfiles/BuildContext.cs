using System;
using System.IO;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>
/// The build context a Dockerfile is most likely built with, guessed from the files beside it: the
/// build itself names the context (<c>docker build &lt;dir&gt;</c>, compose <c>build.context</c>), which a
/// Dockerfile does not know. A <c>&lt;Dockerfile&gt;.dockerignore</c> beside the Dockerfile wins, as in
/// Docker; otherwise the nearest folder with a <c>.dockerignore</c>, from the Dockerfile's folder up to
/// the repository root (the .NET convention builds from the solution folder), is taken as the context
/// root; without one, the Dockerfile's folder.
/// </summary>
public sealed class BuildContext
{
    private BuildContext(string root, DockerIgnore? ignore, bool containsGitHistory)
    {
        Root = root;
        Ignore = ignore;
        ContainsGitHistory = containsGitHistory;
    }

    /// <summary>The folder taken as the context root.</summary>
    public string Root { get; }

    /// <summary>The ignore file's patterns; null when none was found (or it cannot be read).</summary>
    public DockerIgnore? Ignore { get; }

    /// <summary>The repository's <c>.git</c> lies inside the context, so <c>COPY . .</c> would copy it.</summary>
    public bool ContainsGitHistory { get; }

    /// <summary>Looks at the disk around <paramref name="dockerfilePath"/>. Never throws: unreadable folders count as empty.</summary>
    public static BuildContext ForDockerfile(string dockerfilePath)
    {
        string folder;
        try
        {
            folder = Path.GetDirectoryName(Path.GetFullPath(dockerfilePath)) ?? ".";
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            return new BuildContext(".", null, false);
        }

        var repositoryRoot = GitIgnore.FindRepositoryRoot(folder);
        var specific = dockerfilePath + ".dockerignore";
        if (Read(specific) is { } own)
        {
            var root = repositoryRoot ?? folder;
            return new BuildContext(root, own, HasGit(root));
        }

        for (var current = folder; current is not null; current = Parent(current))
        {
            var candidate = Path.Combine(current, ".dockerignore");
            if (Read(candidate) is { } ignore)
            {
                return new BuildContext(current, ignore, HasGit(current));
            }

            if (repositoryRoot is null || string.Equals(current, repositoryRoot, StringComparison.Ordinal))
            {
                break;
            }
        }

        return new BuildContext(folder, null, HasGit(folder));
    }

    private static bool HasGit(string folder)
    {
        try
        {
            var git = Path.Combine(folder, ".git");
            return TrackedFileSystem.DirectoryExists(git) || TrackedFileSystem.FileExists(git);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    private static string? Parent(string folder)
    {
        try
        {
            return Path.GetDirectoryName(folder);
        }
        catch (Exception exception) when (exception is ArgumentException or PathTooLongException)
        {
            return null;
        }
    }

    private static DockerIgnore? Read(string path)
    {
        try
        {
            if (!TrackedFileSystem.FileExists(path))
            {
                return null;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }

        var read = SourceFileReader.Read(path);
        return read.File is { } file ? DockerIgnore.Parse(file.Text) : null;
    }
}
