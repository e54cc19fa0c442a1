using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DockerSecurity.Analysis.Text;

/// <summary>What an analysis learnt from the file system: a file's size and time, whether a path exists, a folder's listing.</summary>
public enum FileSystemInputKind
{
    File,
    Directory,
    Listing,
}

/// <summary>One file-system fact an analysis depended on, with the stamp it had then.</summary>
public readonly record struct FileSystemInput(FileSystemInputKind Kind, string Path, string Stamp)
{
    /// <summary>Whether the fact still holds: the file, folder or listing has the same stamp now.</summary>
    public bool IsCurrent() => TrackedFileSystem.StampOf(Kind, Path) == Stamp;
}

/// <summary>
/// The engine's door to the file system. Every read and probe goes through here, so that while a
/// <see cref="FileSystemRecording"/> is active the analysis knows exactly which facts its findings
/// depend on; a later build whose facts all still hold can replay the findings instead of
/// analysing again.
/// </summary>
public static class TrackedFileSystem
{
    [ThreadStatic]
    private static FileSystemRecording? recording;

    /// <summary>Records every file-system fact used on this thread until the recording is disposed.</summary>
    public static FileSystemRecording StartRecording()
    {
        var started = new FileSystemRecording(recording);
        recording = started;
        return started;
    }

    public static bool FileExists(string path)
    {
        Record(FileSystemInputKind.File, path);
        return File.Exists(path);
    }

    public static bool DirectoryExists(string path)
    {
        Record(FileSystemInputKind.Directory, path);
        return Directory.Exists(path);
    }

    /// <summary>The file's metadata; recorded, so a change of size or time is noticed.</summary>
    public static FileInfo FileInfo(string path)
    {
        Record(FileSystemInputKind.File, path);
        return new FileInfo(path);
    }

    public static byte[] ReadAllBytes(string path)
    {
        Record(FileSystemInputKind.File, path);
        return File.ReadAllBytes(path);
    }

    public static string ReadAllText(string path)
    {
        Record(FileSystemInputKind.File, path);
        return File.ReadAllText(path);
    }

    /// <summary>The files of <paramref name="folder"/> matching <paramref name="pattern"/>; a file added or removed there is noticed.</summary>
    public static IReadOnlyList<string> EnumerateFiles(string folder, string pattern = "*")
    {
        Record(FileSystemInputKind.Listing, ListingKey(folder, pattern));
        return Directory.EnumerateFiles(folder, pattern).ToList();
    }

    internal static void Stopped(FileSystemRecording stopped)
    {
        if (ReferenceEquals(recording, stopped))
        {
            recording = stopped.Outer;
        }
    }

    internal static string StampOf(FileSystemInputKind kind, string path)
    {
        try
        {
            switch (kind)
            {
                case FileSystemInputKind.File:
                    var file = new FileInfo(path);
                    return file.Exists ? file.Length + ":" + file.LastWriteTimeUtc.Ticks : "-";
                case FileSystemInputKind.Directory:
                    return Directory.Exists(path) ? "d" : "-";
                default:
                    var separator = path.LastIndexOf('|');
                    var folder = path.Substring(0, separator);
                    if (!Directory.Exists(folder))
                    {
                        return "-";
                    }

                    var names = Directory.EnumerateFiles(folder, path.Substring(separator + 1)).Select(System.IO.Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal);
                    return Fingerprint.Of(string.Join("/", names));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return "!";
        }
    }

    private static string ListingKey(string folder, string pattern) => folder + "|" + pattern;

    private static void Record(FileSystemInputKind kind, string path) => recording?.Add(kind, path);
}

/// <summary>The facts recorded since <see cref="TrackedFileSystem.StartRecording"/>; dispose to stop.</summary>
public sealed class FileSystemRecording : IDisposable
{
    private readonly Dictionary<(FileSystemInputKind, string), string> _inputs = new();

    internal FileSystemRecording(FileSystemRecording? outer)
    {
        Outer = outer;
    }

    internal FileSystemRecording? Outer { get; }

    /// <summary>Each fact once, with its stamp when first used.</summary>
    public IReadOnlyList<FileSystemInput> Inputs =>
        _inputs.Select(pair => new FileSystemInput(pair.Key.Item1, pair.Key.Item2, pair.Value)).ToList();

    public void Dispose() => TrackedFileSystem.Stopped(this);

    internal void Add(FileSystemInputKind kind, string path)
    {
        if (!_inputs.ContainsKey((kind, path)))
        {
            _inputs[(kind, path)] = TrackedFileSystem.StampOf(kind, path);
        }

        Outer?.Add(kind, path);
    }
}
