using System.Collections.Generic;
using DockerSecurity.Analysis.Dockerfiles;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>A stage and the stages it is built <c>FROM</c>: what its filesystem and environment inherit.</summary>
internal static class StageLineage
{
    /// <summary><paramref name="stage"/>'s ancestors, oldest first, then the stage itself.</summary>
    public static IReadOnlyList<Stage> Of(Stage stage)
    {
        var lineage = new List<Stage>();
        var seen = new HashSet<Stage>();
        for (Stage? current = stage; current is not null && seen.Add(current); current = current.BaseStage)
        {
            lineage.Add(current);
        }

        lineage.Reverse();
        return lineage;
    }

    /// <summary>The final stage and the stages it inherits from, oldest first; empty without a stage.</summary>
    public static IReadOnlyList<Stage> OfFinal(DockerfileModel model) =>
        model.FinalStage is { } final ? Of(final) : System.Array.Empty<Stage>();
}
