using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Dockerfiles;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>The sources of a COPY or ADD: every argument but the destination, variables substituted.</summary>
internal static class AddSources
{
    public static IReadOnlyList<AddSource> Of(DockerfileModel model, Instruction instruction)
    {
        var arguments = model.ExpandedArguments(instruction);
        if (arguments.Count < 2)
        {
            return new List<AddSource>();
        }

        var heredocMarkers = new HashSet<Text.SourceSpan>(instruction.Heredocs.Select(h => h.MarkerSpan));
        return arguments.Take(arguments.Count - 1)
            .Select(a => AddSource.Classify(a, heredocMarkers.Contains(a.Span)))
            .ToList();
    }
}
