using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Rules.Images;

/// <summary>
/// DKS1007: a FROM whose image depends on an ARG without a default (or on no ARG at all) names an
/// image only the build command knows, which no rule can check and no one can rebuild from the file.
/// BuildKit's platform ARGs (<c>$BUILDPLATFORM</c>, <c>$TARGETARCH</c>) are always set and fine.
/// </summary>
public sealed class FromArgWithoutDefaultRule : IDockerfileRule
{
    public RuleDescriptor Descriptor => RuleCatalog.FromArgWithoutDefault;

    public void Analyze(DockerfileContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            if (stage.BaseImageArgument is not { } argument)
            {
                continue;
            }

            var reported = new HashSet<SourceSpan>();
            foreach (var variable in stage.BaseImageVariables)
            {
                if (variable.IsUnresolved && reported.Add(variable.Span))
                {
                    context.Report(Descriptor, variable.Span, Message(TextAt(argument, variable.Span, variable.Name), variable));
                }
            }
        }
    }

    private static string Message(string written, VariableReference variable)
    {
        var name = variable.Name;
        if (variable.Resolution == VariableResolution.Undeclared)
        {
            return $"'{written}' in FROM is not declared by an ARG before the first FROM, so Docker substitutes an empty string and the base image cannot be checked; declare it with a default (ARG {name}=<value>) before the first FROM";
        }

        var direct = written.StartsWith("$" + name, StringComparison.Ordinal) || written.StartsWith("${" + name, StringComparison.Ordinal);
        return direct
            ? $"'{written}' in FROM has no default value, so the base image is unknown until build time and cannot be checked; give the ARG a default (ARG {name}=<value>)"
            : $"'{written}' in FROM depends on ARG '{name}', which has no default value, so the base image is unknown until build time and cannot be checked; give it a default (ARG {name}=<value>)";
    }

    /// <summary>The text of the reference as written, when the argument lies on one line as written; else <c>$NAME</c>.</summary>
    private static string TextAt(InstructionArgument argument, SourceSpan span, string name)
    {
        var whole = argument.Span;
        var start = span.StartColumn - whole.StartColumn;
        var length = span.EndColumn - span.StartColumn;
        var mapsColumnByColumn = whole.StartLine == whole.EndLine && whole.EndColumn - whole.StartColumn == argument.Value.Length;
        return mapsColumnByColumn && span.StartLine == whole.StartLine && span.EndLine == whole.StartLine && start >= 0 && length > 0 && start + length <= argument.Value.Length
            ? argument.Value.Substring(start, length)
            : "$" + name;
    }
}
