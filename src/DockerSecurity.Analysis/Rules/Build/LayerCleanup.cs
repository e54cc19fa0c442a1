using System.Collections.Generic;
using System.Runtime.CompilerServices;
using DockerSecurity.Analysis.Rules.Build.Packages;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>
/// The paths a RUN script removes with <c>rm</c> (<c>rm -rf /var/lib/apt/lists/*</c>), and when: read
/// once per script, so asking for every install of a long script stays linear.
/// </summary>
internal sealed class LayerCleanup
{
    private static readonly ConditionalWeakTable<ShellScript, LayerCleanup> Cache = new();

    private readonly List<(int Order, string Path)> _removals = new();
    private readonly Dictionary<string, int> _lastRemoval = new();

    private LayerCleanup(ShellScript script)
    {
        var commands = script.AllCommands;
        for (var i = 0; i < commands.Count; i++)
        {
            var invocation = commands[i].Unwrapped;
            if (invocation.Name == "rm")
            {
                foreach (var word in CommandArguments.Parse(invocation.Arguments).Positionals)
                {
                    _removals.Add((i, word.Value));
                }
            }
        }
    }

    /// <summary>Whether an <c>rm</c> that runs after <paramref name="after"/> in the same script removes one of <paramref name="paths"/> (or a folder holding it).</summary>
    public static bool RemovesAfter(ShellScript script, SimpleCommand after, params string[] paths)
    {
        var cleanup = Cache.GetValue(script, s => new LayerCleanup(s));
        var order = PackageCommands.Of(script).OrderOf(after);
        foreach (var path in paths)
        {
            if (cleanup.LastRemovalOf(path) > order)
            {
                return true;
            }
        }

        return false;
    }

    private int LastRemovalOf(string path)
    {
        lock (_lastRemoval)
        {
            if (!_lastRemoval.TryGetValue(path, out var last))
            {
                last = -1;
                foreach (var (order, written) in _removals)
                {
                    if (order > last && FilePaths.Covers(written, path))
                    {
                        last = order;
                    }
                }

                _lastRemoval[path] = last;
            }

            return last;
        }
    }
}
