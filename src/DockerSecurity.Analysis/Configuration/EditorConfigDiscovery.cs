using System;
using System.Collections.Generic;
using System.IO;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// Finds the .editorconfig files that apply to a folder by walking up from it, as the SDK gathers
/// them for each compiled file, and stops at one with <c>root = true</c>. Every folder is looked at
/// once per analysis: the chain of each folder is cached and shared by its subfolders.
/// </summary>
internal sealed class EditorConfigDiscovery
{
    public const string FileName = ".editorconfig";

    private readonly Dictionary<string, IReadOnlyList<AnalyzerConfig>> chains = new(StringComparer.Ordinal);
    private readonly List<AnalyzerConfig> loaded = new();
    private readonly List<AnalyzerConfig> globals = new();
    private readonly List<Diagnostic> readProblems = new();

    /// <summary>Every .editorconfig read so far (their findings are reported).</summary>
    public IReadOnlyList<AnalyzerConfig> Loaded => loaded;

    /// <summary>.editorconfig files with <c>is_global</c>: the C# compiler merges them into the global config.</summary>
    public IReadOnlyList<AnalyzerConfig> Globals => globals;

    public IReadOnlyList<Diagnostic> ReadProblems => readProblems;

    /// <summary>The non-global .editorconfig files that apply below <paramref name="directory"/>, outermost first.</summary>
    public IReadOnlyList<AnalyzerConfig> ChainFor(string directory)
    {
        if (chains.TryGetValue(directory, out var known))
        {
            return known;
        }

        // Read upwards until a known folder or a root config; build the chains downwards.
        var pending = new List<(string Directory, AnalyzerConfig? Config)>();
        string? current = directory;
        IReadOnlyList<AnalyzerConfig> chain = Array.Empty<AnalyzerConfig>();
        while (current is not null)
        {
            if (chains.TryGetValue(current, out known))
            {
                chain = known;
                break;
            }

            var config = Read(current);
            pending.Add((current, config));
            if (config is { IsGlobal: false, IsRoot: true })
            {
                break;
            }

            current = Parent(current);
        }

        for (var i = pending.Count - 1; i >= 0; i--)
        {
            var config = pending[i].Config;
            if (config is { IsGlobal: false })
            {
                chain = config.IsRoot ? new[] { config } : Append(chain, config);
            }

            chains[pending[i].Directory] = chain;
        }

        return chain;
    }

    private AnalyzerConfig? Read(string directory)
    {
        string path;
        try
        {
            path = Path.Combine(directory, FileName);
            if (!TrackedFileSystem.FileExists(path))
            {
                return null;
            }
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (!ConfigFileReader.TryRead(path, out var text, out var problem))
        {
            readProblems.Add(ConfigurationProblem.At(path, ConfigurationProblem.WholeFile, $"This .editorconfig is not read: {problem}."));
            return null;
        }

        var config = AnalyzerConfig.Parse(text, path);
        loaded.Add(config);
        if (config.IsGlobal)
        {
            globals.Add(config);
        }

        return config;
    }

    private static string? Parent(string directory)
    {
        try
        {
            return Path.GetDirectoryName(directory);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static IReadOnlyList<AnalyzerConfig> Append(IReadOnlyList<AnalyzerConfig> chain, AnalyzerConfig config)
    {
        var longer = new List<AnalyzerConfig>(chain.Count + 1);
        longer.AddRange(chain);
        longer.Add(config);
        return longer;
    }
}
