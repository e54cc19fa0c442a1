using System.Collections.Generic;
using DockerSecurity.Analysis.Dockerfiles;

namespace DockerSecurity.Analysis.Rules;

/// <summary>
/// A stage and the stages it is built <c>FROM</c>: their instructions are all layers and settings of
/// the stage's image, unlike stages it only copies files from.
/// </summary>
internal static class StageLineage
{
    /// <summary><paramref name="stage"/> and its <c>FROM</c> ancestors, the one that names an image first.</summary>
    public static IReadOnlyList<Stage> Of(Stage stage)
    {
        var lineage = new List<Stage>();
        for (Stage? current = stage; current is not null && !lineage.Contains(current); current = current.BaseStage)
        {
            lineage.Insert(0, current);
        }

        return lineage;
    }

    /// <summary>The final stage's lineage; empty without any FROM.</summary>
    public static IReadOnlyList<Stage> OfFinal(DockerfileModel model) =>
        model.FinalStage is { } final ? Of(final) : new List<Stage>();

    /// <summary>The ancestor whose <c>FROM</c> names the image (itself when it is not built from a stage).</summary>
    public static Stage Root(Stage stage) => Of(stage)[0];
}
