namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// The file a node was read from and the folder its relative paths resolve against. For the files
/// given to the loader that is the first file's folder (Compose's project directory); for an
/// <c>extends: file:</c> target it is that file's own folder; for an <c>include</c> it is the
/// include's project directory.
/// </summary>
internal sealed class ComposeDocumentContext
{
    public ComposeDocumentContext(string filePath, string workingDirectory)
    {
        FilePath = filePath;
        WorkingDirectory = workingDirectory;
    }

    public string FilePath { get; }

    public string WorkingDirectory { get; }
}
