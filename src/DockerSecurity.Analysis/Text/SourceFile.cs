namespace DockerSecurity.Analysis.Text;

/// <summary>A file's path and its decoded text (BOM removed, line endings as in the file).</summary>
public sealed class SourceFile
{
    public SourceFile(string path, string text)
    {
        Path = path;
        Text = text;
    }

    /// <summary>The absolute path, as reported in diagnostics.</summary>
    public string Path { get; }

    public string Text { get; }
}
