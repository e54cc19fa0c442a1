using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Dockerfiles;

namespace DockerSecurity.Analysis.Rules.Build;

/// <summary>
/// DKS3010: <c>COPY . .</c> puts everything the build context holds into a layer: the Git history,
/// local .env files, developer keys. Only the final image is checked (the final stage and the stages
/// it is built FROM): a build stage's layers do not ship, only what is copied out of it.
/// </summary>
public sealed class WholeContextCopiedRule : IDockerfileRule
{
    public RuleDescriptor Descriptor => RuleCatalog.WholeContextCopied;

    public void Analyze(DockerfileContext context)
    {
        BuildContext? buildContext = null;
        IReadOnlyList<string>? missing = null;
        foreach (var stage in StageLineage.OfFinal(context.Model))
        {
            foreach (var copy in stage.Instructions.Where(i => i.Is(InstructionKeywords.Copy) || i.Is(InstructionKeywords.Add)))
            {
                if (copy.GetFlag("from") is not null)
                {
                    continue;
                }

                foreach (var source in AddSources.Of(context.Model, copy).Where(s => s.Kind == AddSourceKind.Local && IsWholeContext(s.Value)))
                {
                    buildContext ??= BuildContext.ForDockerfile(context.File.Path);
                    missing ??= BuildContextSecrets.NotExcluded(buildContext);
                    if (missing.Count == 0)
                    {
                        return;
                    }

                    context.Report(Descriptor, source.Argument.Span, Message(copy, context.Model, buildContext, missing), copy.Keyword + " " + source.Value);
                }
            }
        }
    }

    /// <summary><c>.</c>, <c>./</c>, <c>/</c> (the context root), and <c>*</c> (everything in it).</summary>
    private static bool IsWholeContext(string source)
    {
        var cleaned = SlashPath.Clean(source);
        return cleaned is "." or "/" or "*";
    }

    private static string Message(Instruction copy, DockerfileModel model, BuildContext buildContext, IReadOnlyList<string> missing)
    {
        var written = copy.Keyword + " " + string.Join(" ", model.ExpandedArguments(copy).Select(a => a.Argument.Value));
        if (buildContext.Ignore is null)
        {
            return $"'{written}' copies the whole build context and no .dockerignore was found, so {List(missing)} can end up in the image; add a .dockerignore that excludes them, or copy only what the image needs";
        }

        var (verb, pronoun) = missing.Count == 1 ? ("is", "it") : ("are", "they");
        return $"'{written}' copies the whole build context, and {List(missing)} {verb} not excluded by .dockerignore, so {pronoun} can end up in the image; exclude {(missing.Count == 1 ? "it" : "them")} in .dockerignore, or copy only what the image needs";
    }

    private static string List(IReadOnlyList<string> names)
    {
        var quoted = names.Select(n => "'" + n + "'").ToList();
        return quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted.Take(quoted.Count - 1)) + " and " + quoted[quoted.Count - 1];
    }
}
