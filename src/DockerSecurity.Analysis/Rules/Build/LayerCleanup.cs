using DockerSecurity.Analysis.Rules.Build.Packages;
using DockerSecurity.Analysis.Shell;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>Clean-up steps that keep files out of a RUN's layer: <c>rm -rf /var/lib/apt/lists/*</c> after the install.</summary>
internal static class LayerCleanup
{
    /// <summary>Whether an <c>rm</c> that runs after <paramref name="after"/> in the same script removes one of <paramref name="paths"/> (or a folder holding it).</summary>
    public static bool RemovesAfter(ShellScript script, SimpleCommand after, params string[] paths)
    {
        var commands = script.AllCommands;
        for (var i = PackageCommands.Of(script).OrderOf(after) + 1; i < commands.Count; i++)
        {
            var invocation = commands[i].Unwrapped;
            if (!invocation.Is("rm"))
            {
                continue;
            }

            foreach (var word in CommandArguments.Parse(invocation.Arguments).Positionals)
            {
                foreach (var path in paths)
                {
                    if (FilePaths.Covers(word.Value, path))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
