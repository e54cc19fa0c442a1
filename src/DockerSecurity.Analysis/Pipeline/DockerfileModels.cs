using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Images;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Pipeline;

/// <summary>
/// The Dockerfiles of one analysis, each read and parsed once however often it is needed: for its
/// own analysis and for every compose service that builds it.
/// </summary>
internal sealed class DockerfileModels
{
    private readonly Dictionary<string, ParsedDockerfile> _files = new(StringComparer.Ordinal);

    /// <summary>The file as read and parsed, read on first use.</summary>
    public ParsedDockerfile Load(string path)
    {
        if (!_files.TryGetValue(path, out var parsed))
        {
            var read = SourceFileReader.Read(path);
            parsed = read.File is { } file ? ParsedDockerfile.Of(file) : new ParsedDockerfile(read, null, null);
            _files[path] = parsed;
        }

        return parsed;
    }

    /// <summary>The model, or null when the file cannot be read or parsed.</summary>
    public DockerfileModel? Get(string path) => Load(path).Model;

}

/// <summary>One Dockerfile: how it was read, its parse and, when both succeeded, its model.</summary>
internal sealed class ParsedDockerfile
{
    internal ParsedDockerfile(SourceFileReadResult read, DockerfileParseResult? parse, DockerfileModel? model)
    {
        Read = read;
        Parsed = parse;
        Model = model;
    }

    /// <summary>The file, or why it was refused.</summary>
    public SourceFileReadResult Read { get; }

    /// <summary>Null when the file was refused.</summary>
    public DockerfileParseResult? Parsed { get; }

    /// <summary>Null when the file was refused or cannot be parsed.</summary>
    public DockerfileModel? Model { get; }

    public static ParsedDockerfile Of(SourceFile file)
    {
        var parse = DockerfileParser.Parse(file);
        var model = parse.Syntax is { } syntax ? DockerfileModel.Create(syntax) : null;
        return new ParsedDockerfile(SourceFileReadResult.Read(file), parse, model);
    }
}
