using System.Collections.Generic;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>Which stages use which: FROM &lt;stage&gt;, COPY --from, RUN --mount from=.</summary>
public sealed class StageGraph
{
    private readonly IReadOnlyList<Stage> _stages;
    private readonly List<Stage>[] _dependencies;
    private readonly List<Stage>[] _dependents;

    internal StageGraph(IReadOnlyList<Stage> stages, IReadOnlyList<StageReference> references)
    {
        _stages = stages;
        References = references;
        _dependencies = new List<Stage>[stages.Count];
        _dependents = new List<Stage>[stages.Count];
        for (var i = 0; i < stages.Count; i++)
        {
            _dependencies[i] = new List<Stage>();
            _dependents[i] = new List<Stage>();
        }

        var seen = new HashSet<(int, int)>();
        foreach (var reference in references)
        {
            var target = reference.Target;
            if (target is not null && target != reference.Source && seen.Add((reference.Source.Index, target.Index)))
            {
                _dependencies[reference.Source.Index].Add(target);
                _dependents[target.Index].Add(reference.Source);
            }
        }

        foreach (var list in _dependencies)
        {
            list.Sort((a, b) => a.Index.CompareTo(b.Index));
        }

        foreach (var list in _dependents)
        {
            list.Sort((a, b) => a.Index.CompareTo(b.Index));
        }
    }

    /// <summary>Every reference to a stage or an image, in file order.</summary>
    public IReadOnlyList<StageReference> References { get; }

    /// <summary>The stages <paramref name="stage"/> uses directly, in index order.</summary>
    public IReadOnlyList<Stage> DependenciesOf(Stage stage) => _dependencies[stage.Index];

    /// <summary>The stages that use <paramref name="stage"/> directly, in index order.</summary>
    public IReadOnlyList<Stage> DependentsOf(Stage stage) => _dependents[stage.Index];

    /// <summary>The stages Docker builds for <paramref name="target"/>: itself and everything it uses, transitively, in index order.</summary>
    public IReadOnlyList<Stage> StagesNeededFor(Stage target)
    {
        var needed = new bool[_stages.Count];
        needed[target.Index] = true;
        var pending = new Stack<Stage>();
        pending.Push(target);
        while (pending.Count > 0)
        {
            foreach (var dependency in _dependencies[pending.Pop().Index])
            {
                if (!needed[dependency.Index])
                {
                    needed[dependency.Index] = true;
                    pending.Push(dependency);
                }
            }
        }

        var result = new List<Stage>();
        for (var i = 0; i < needed.Length; i++)
        {
            if (needed[i])
            {
                result.Add(_stages[i]);
            }
        }

        return result;
    }

    /// <summary>Whether <paramref name="stage"/> is built for <paramref name="target"/> (itself included).</summary>
    public bool IsNeededFor(Stage stage, Stage target)
    {
        foreach (var needed in StagesNeededFor(target))
        {
            if (needed == stage)
            {
                return true;
            }
        }

        return false;
    }
}
