using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DockerSecurity.Analysis.Reporting;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// One .editorconfig or global config file, parsed as Roslyn parses it (see EditorConfigTests in
/// dotnet/roslyn), plus DKS0005 findings for what in it is ignored. Parsing never throws.
/// </summary>
public sealed class AnalyzerConfig
{
    /// <summary>A file with this name is a global config, even without <c>is_global</c>.</summary>
    public const string UserGlobalConfigName = ".globalconfig";

    public const string GlobalKey = "is_global";
    public const string GlobalLevelKey = "global_level";
    public const string RootKey = "root";

    /// <summary>The level of a global config named <c>.globalconfig</c> that sets none.</summary>
    public const int UserGlobalConfigLevel = 100;

    private AnalyzerConfig(string pathToFile, AnalyzerConfigSection globalSection, IReadOnlyList<AnalyzerConfigSection> namedSections, List<Diagnostic> diagnostics)
    {
        PathToFile = pathToFile;
        NormalizedPath = ConfigPath.Normalize(pathToFile);
        NormalizedDirectory = ConfigPath.DirectoryOf(NormalizedPath);
        GlobalSection = globalSection;
        NamedSections = namedSections;

        var hasGlobalName = string.Equals(FileName(pathToFile), UserGlobalConfigName, StringComparison.OrdinalIgnoreCase);
        IsRoot = globalSection.TryGetValue(RootKey, out var root) && root == "true";

        // Any value makes a file global in Roslyn, even "false".
        IsGlobal = hasGlobalName || globalSection.Properties.ContainsKey(GlobalKey);
        HasValidGlobalLevel = globalSection.TryGetValue(GlobalLevelKey, out var level) &&
            int.TryParse(level, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
        GlobalLevel = HasValidGlobalLevel
            ? int.Parse(level, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : hasGlobalName ? UserGlobalConfigLevel : 0;

        AnalyzerConfigChecks.Run(this, diagnostics);
        Diagnostics = diagnostics;
    }

    /// <summary>The path given to <see cref="Parse"/>; diagnostics name it.</summary>
    public string PathToFile { get; }

    /// <summary>The file's folder, normalized (see <see cref="ConfigPath"/>): sections match below it.</summary>
    public string NormalizedDirectory { get; }

    /// <summary>The properties before the first section: <c>root</c>, <c>is_global</c>, <c>global_level</c>, and in a global config every setting that applies to all files.</summary>
    public AnalyzerConfigSection GlobalSection { get; }

    public IReadOnlyList<AnalyzerConfigSection> NamedSections { get; }

    /// <summary><c>root = true</c> (case-insensitive) in the preamble: configs in folders above are not read.</summary>
    public bool IsRoot { get; }

    /// <summary>Named <c>.globalconfig</c>, or <c>is_global</c> set in the preamble.</summary>
    public bool IsGlobal { get; }

    /// <summary>
    /// Decides between global configs that set the same key: the higher level wins. <c>global_level</c>
    /// when it is an integer, otherwise 100 for a file named <c>.globalconfig</c> and 0 for any other.
    /// </summary>
    public int GlobalLevel { get; }

    /// <summary>DKS0005 findings about this file: what in it is ignored, and why.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    internal string NormalizedPath { get; }

    internal bool HasValidGlobalLevel { get; }

    /// <param name="text">The file's content.</param>
    /// <param name="pathToFile">The file's absolute path: sections match files below its folder.</param>
    public static AnalyzerConfig Parse(string text, string pathToFile)
    {
        var diagnostics = new List<Diagnostic>();
        var (preamble, sections) = AnalyzerConfigParser.Parse(text ?? "", pathToFile ?? "", diagnostics);
        return new AnalyzerConfig(pathToFile ?? "", preamble, sections, diagnostics);
    }

    public override string ToString() => PathToFile;

    private static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf(Path.DirectorySeparatorChar));
        return path.Substring(slash + 1);
    }
}
