using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// Which compose files a project checks besides its own folder's: the solution-level compose files
/// that build it, checked by exactly one project of the solution so that each finding is reported
/// once per solution build. Reads folders and compose files only (never a Dockerfile), caches
/// nothing, and never throws: an unreadable folder counts as an empty one.
/// </summary>
public static class ComposeDiscovery
{
    /// <summary>The names Compose looks for when no <c>-f</c> is given, in its order of preference.</summary>
    public static IReadOnlyList<string> DefaultFileNames { get; } = new[] { "compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml" };

    private static readonly string[] ProjectFilePatterns = { "*.csproj", "*.fsproj", "*.vbproj" };

    private static readonly string[] SolutionFilePatterns = { "*.sln", "*.slnx" };

    /// <summary>Paths compare without case on Windows, as its file system does.</summary>
    internal static StringComparison PathComparison { get; } =
        Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// The solution-level compose files for the project in <paramref name="projectDirectory"/>: walking
    /// up from its parent folder (the project's own folder is checked by default), the first folder that
    /// holds one of <see cref="DefaultFileNames"/> is the one Compose would find; its compose files are
    /// returned with their overrides and environment overlays (<see cref="ComposeFilesIn"/>), in ordinal order.
    /// <para>
    /// The walk never leaves the repository: it ends at <paramref name="repositoryRoot"/> (inclusive)
    /// when that is given, else at the first folder (the project's own included) that holds <c>.git</c>
    /// (a folder, or a file in a worktree), a <c>*.sln</c> or a <c>*.slnx</c>. A project outside the
    /// given root, or with no such folder above it, gets no files: nothing outside the repository is read.
    /// </para>
    /// </summary>
    public static IReadOnlyList<string> FindSolutionComposeFiles(string projectDirectory, string? repositoryRoot)
    {
        try
        {
            var project = Normalize(projectDirectory);
            var root = string.IsNullOrEmpty(repositoryRoot) ? null : Normalize(repositoryRoot!);
            if (root is not null && !IsAtOrBelow(project, root))
            {
                return Array.Empty<string>();
            }

            if (root is null && !HasBoundaryAbove(project))
            {
                return Array.Empty<string>();
            }

            if (IsBoundary(project, root))
            {
                return Array.Empty<string>();
            }

            for (var folder = Path.GetDirectoryName(project); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
            {
                var files = ComposeFilesIn(folder!);
                if (files.Any(IsDefaultFile))
                {
                    return files;
                }

                if (IsBoundary(folder!, root))
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (IsFileSystemError(exception))
        {
            // A folder we may not read ends the walk; the project's own files are still checked.
        }

        return Array.Empty<string>();
    }

    /// <summary>
    /// The compose files of one folder, in ordinal order: <see cref="DefaultFileNames"/> and their
    /// overlays <c>compose.SUFFIX.yaml</c>/<c>.yml</c> and <c>docker-compose.SUFFIX.yaml</c>/<c>.yml</c>
    /// (<c>override</c>, <c>prod</c>, ...; one word, so <c>docker-compose.vs.debug.yml</c> is not one).
    /// </summary>
    public static IReadOnlyList<string> ComposeFilesIn(string folder)
    {
        try
        {
            return TrackedFileSystem.EnumerateFiles(folder)
                .Where(path => IsComposeFileName(Path.GetFileName(path)))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception exception) when (IsFileSystemError(exception))
        {
            return Array.Empty<string>();
        }
    }

    /// <summary>
    /// The projects the compose files build, as full project file paths in ordinal order. Each
    /// service's <c>build:</c> belongs to the project of its Dockerfile's folder (else of its context
    /// folder, for <c>dockerfile_inline</c> or a Dockerfile outside every project): the nearest folder at
    /// or above it that holds exactly one <c>*.csproj</c>, <c>*.fsproj</c> or <c>*.vbproj</c>. A folder
    /// with several project files ends the search without a project; so do the compose files' own folder
    /// and a folder with <c>.git</c> when nothing was found up to them. Remote contexts belong to no project.
    /// Every merge set (the base with its override, each environment overlay) is read.
    /// </summary>
    public static IReadOnlyList<string> FindBuiltProjects(IReadOnlyList<string> composeFiles)
    {
        var projects = new List<string>();
        try
        {
            var composeFolders = new HashSet<string>(
                composeFiles.Select(f => Path.GetDirectoryName(Normalize(f)) ?? ""),
                PathComparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
            var cache = new ComposeDocumentCache(ComposeLimits.Default);
            foreach (var set in ComposeFileSet.Discover(composeFiles))
            {
                var project = ComposeLoader.Load(set.Files, cache).Project;
                foreach (var service in project.Services.Values)
                {
                    if (service.Build is not { IsRemoteContext: false } build)
                    {
                        continue;
                    }

                    var owner = (build.DockerfilePath is { } dockerfile ? ProjectAbove(Path.GetDirectoryName(dockerfile), composeFolders) : null)
                        ?? (build.ContextPath is { } context ? ProjectAbove(context, composeFolders) : null);
                    if (owner is not null && !projects.Any(p => string.Equals(p, owner, PathComparison)))
                    {
                        projects.Add(owner);
                    }
                }
            }
        }
        catch (Exception exception) when (IsFileSystemError(exception))
        {
            // Whatever could be read decides; the loader itself never throws.
        }

        projects.Sort(StringComparer.Ordinal);
        return projects;
    }

    /// <summary>
    /// Whether the project <paramref name="projectFilePath"/> checks the solution-level
    /// <paramref name="composeFiles"/>: when several projects of a solution build from the same compose
    /// files, only one of them reports their findings. The owner is the ordinal-smallest full path among
    /// <see cref="FindBuiltProjects"/>; a project checks the files when (a) they build it (one of the
    /// services' Dockerfile or context belongs to it) and (b) it is that owner. Compose files that build
    /// no project have no owner. Every project of the solution computes the same answer from the same files.
    /// </summary>
    public static bool IsOwner(IReadOnlyList<string> composeFiles, string projectFilePath)
    {
        var projects = FindBuiltProjects(composeFiles);
        if (projects.Count == 0)
        {
            return false;
        }

        try
        {
            return string.Equals(projects[0], Normalize(projectFilePath), PathComparison);
        }
        catch (Exception exception) when (IsFileSystemError(exception))
        {
            return false;
        }
    }

    /// <summary>The nearest project file at or above <paramref name="start"/> (see <see cref="FindBuiltProjects"/>).</summary>
    private static string? ProjectAbove(string? start, ISet<string> composeFolders)
    {
        for (var folder = start; !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            var found = ProjectFilesIn(folder!);
            if (found.Count == 1)
            {
                return Normalize(found[0]);
            }

            if (found.Count > 1 || composeFolders.Contains(folder!) || HasGit(folder!))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Up to two project files of a folder; none when the folder is missing or unreadable.</summary>
    private static IReadOnlyList<string> ProjectFilesIn(string folder)
    {
        try
        {
            return ProjectFilePatterns.SelectMany(pattern => TrackedFileSystem.EnumerateFiles(folder, pattern))
                .Where(IsProjectFile)
                .Take(2)
                .ToList();
        }
        catch (Exception exception) when (IsFileSystemError(exception))
        {
            return Array.Empty<string>();
        }
    }

    /// <summary>The extension is exactly a project one (Windows patterns may also match longer extensions).</summary>
    private static bool IsProjectFile(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Equals(".csproj", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".fsproj", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".vbproj", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsDefaultFile(string path) =>
        DefaultFileNames.Any(name => string.Equals(Path.GetFileName(path), name, PathComparison));

    private static bool IsComposeFileName(string name)
    {
        if (DefaultFileNames.Any(n => string.Equals(name, n, PathComparison)))
        {
            return true;
        }

        foreach (var prefix in new[] { "compose.", "docker-compose." })
        {
            if (!name.StartsWith(prefix, PathComparison))
            {
                continue;
            }

            var rest = name.Substring(prefix.Length);
            var dot = rest.IndexOf('.');
            if (dot <= 0 || rest.IndexOf('.', dot + 1) >= 0)
            {
                continue;
            }

            var extension = rest.Substring(dot);
            if (string.Equals(extension, ".yaml", PathComparison) || string.Equals(extension, ".yml", PathComparison))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBoundary(string folder, string? root) =>
        root is not null ? string.Equals(folder, root, PathComparison) : HasGit(folder) || HasSolution(folder);

    /// <summary>Some folder at or above <paramref name="folder"/> ends the walk, so it cannot run to the file system root.</summary>
    private static bool HasBoundaryAbove(string folder)
    {
        for (var current = folder; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (IsBoundary(current!, null))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasGit(string folder)
    {
        var git = Path.Combine(folder, ".git");
        return TrackedFileSystem.DirectoryExists(git) || TrackedFileSystem.FileExists(git);
    }

    /// <summary>The folder holds a solution file; a folder that cannot be read counts as one (the walk stops), a missing one does not.</summary>
    private static bool HasSolution(string folder)
    {
        try
        {
            return SolutionFilePatterns.Any(pattern => TrackedFileSystem.EnumerateFiles(folder, pattern).Any(path =>
                Path.GetExtension(path).Equals(".sln", StringComparison.OrdinalIgnoreCase) || Path.GetExtension(path).Equals(".slnx", StringComparison.OrdinalIgnoreCase)));
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }
        catch (Exception exception) when (IsFileSystemError(exception))
        {
            return true;
        }
    }

    private static bool IsAtOrBelow(string path, string root)
    {
        if (string.Equals(path, root, PathComparison))
        {
            return true;
        }

        var prefix = root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? root : root + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, PathComparison);
    }

    /// <summary>A full path without a trailing separator (a root keeps its own).</summary>
    private static string Normalize(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        return full.Length > root.Length ? full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : full;
    }

    private static bool IsFileSystemError(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException;
}
