using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Images;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Pipeline;

/// <summary>Dockerfiles read for compose services, parsed once per analysis however many services build them.</summary>
internal sealed class DockerfileModels
{
    private readonly Dictionary<string, DockerfileModel?> _models = new(StringComparer.Ordinal);

    /// <summary>The model, or null when the file cannot be read or parsed.</summary>
    public DockerfileModel? Get(string path)
    {
        if (!_models.TryGetValue(path, out var model))
        {
            var read = SourceFileReader.Read(path);
            var parsed = read.File is null ? null : DockerfileParser.Parse(read.File);
            model = parsed?.Syntax is { } syntax ? DockerfileModel.Create(syntax) : null;
            _models[path] = model;
        }

        return model;
    }

    /// <summary>What is known of the image a stage starts from, following <c>FROM &lt;stage&gt;</c> to the image.</summary>
    public static ImageTraits TraitsOf(Stage stage)
    {
        var current = stage;
        while (current.BaseStage is { } parent)
        {
            current = parent;
        }

        return current.BaseImage is { IsValid: true } image ? BaseImageKnowledge.Describe(image) : ImageTraits.Unknown;
    }
}
