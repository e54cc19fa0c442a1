using System.Collections.Generic;
using System.Linq;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>Which stages use which: FROM &lt;stage&gt;, COPY --from, RUN --mount from=.</summary>
public sealed class StageGraph
{
    private readonly IReadOnlyList<Stage> _stages;

    internal StageGraph(IReadOnlyList<Stage> stages, IReadOnlyList<StageReference> references)
    {
        _stages = stages;
        References = references;
    }

    /// <summary>Every reference to a stage or an image, in file order.</summary>
    public IReadOnlyList<StageReference> References { get; }

    /// <summary>The stages <paramref name="stage"/> uses directly, in index order.</summary>
    public IReadOnlyList<Stage> DependenciesOf(Stage stage) =>
        References.Where(r => r.Source == stage && r.Target is not null && r.Target != stage)
            .Select(r => r.Target!).Distinct().OrderBy(s => s.Index).ToList();

    /// <summary>The stages that use <paramref name="stage"/> directly, in index order.</summary>
    public IReadOnlyList<Stage> DependentsOf(Stage stage) =>
        References.Where(r => r.Target == stage && r.Source != stage)
            .Select(r => r.Source).Distinct().OrderBy(s => s.Index).ToList();

    /// <summary>The stages Docker builds for <paramref name="target"/>: itself and everything it uses, transitively, in index order.</summary>
    public IReadOnlyList<Stage> StagesNeededFor(Stage target)
    {
        var needed = new HashSet<Stage> { target };
        var pending = new Stack<Stage>();
        pending.Push(target);
        while (pending.Count > 0)
        {
            foreach (var dependency in DependenciesOf(pending.Pop()))
            {
                if (needed.Add(dependency))
                {
                    pending.Push(dependency);
                }
            }
        }

        return _stages.Where(needed.Contains).ToList();
    }

    /// <summary>Whether <paramref name="stage"/> is built for <paramref name="target"/> (itself included).</summary>
    public bool IsNeededFor(Stage stage, Stage target) => StagesNeededFor(target).Contains(stage);
}
